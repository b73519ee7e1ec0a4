package org.wsoatracker.plan;

import java.util.List;

/**
 * An area of a plan, with the inspection's areas of weakness it answers (in their order) and its actions.
 */
public record AreaView(long id, int number, String title, String weaknessText, List<WeaknessView> weaknesses,
		List<ActionView> actions) {

	/**
	 * Which of the inspection's areas of weakness it answers, as a sentence: "Answers areas of weakness 1 and 3 of
	 * the inspection".
	 */
	public String answers() {
		List<String> numbers = this.weaknesses.stream().map(weakness -> String.valueOf(weakness.number())).toList();
		return switch (numbers.size()) {
			case 0 -> "Answers no area of weakness of the inspection";
			case 1 -> "Answers area of weakness " + numbers.get(0) + " of the inspection";
			default -> "Answers areas of weakness " + String.join(", ", numbers.subList(0, numbers.size() - 1))
					+ " and " + numbers.get(numbers.size() - 1) + " of the inspection";
		};
	}

}
