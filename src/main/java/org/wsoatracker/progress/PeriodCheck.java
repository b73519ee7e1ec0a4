package org.wsoatracker.progress;

import java.util.List;

/**
 * What is still missing from a reporting period before the programme office closes it: actions with no update,
 * updates still in draft, submitted updates the board has not decided on, and challenged updates the lead has not
 * revised. Each list is in the plan's order of actions.
 */
public record PeriodCheck(PeriodView period, List<Item> noUpdate, List<Item> drafts, List<Item> undecided,
		List<Item> challenged) {

	/**
	 * One action named as the plan names it, with its leads by name.
	 */
	public record Item(long actionId, String number, String outcome, String leads) {
	}

	/**
	 * What is missing, one section a kind, leaving out the kinds with nothing missing.
	 */
	public record Section(String id, String caption, List<Item> items) {
	}

	public List<Section> sections() {
		return java.util.stream.Stream
			.of(new Section("no-update", noUpdateText(), this.noUpdate),
					new Section("drafts", draftsText(), this.drafts),
					new Section("undecided", undecidedText(), this.undecided),
					new Section("challenged", challengedText(), this.challenged))
			.filter(section -> !section.items().isEmpty())
			.toList();
	}

	public boolean nothingMissing() {
		return this.noUpdate.isEmpty() && this.drafts.isEmpty() && this.undecided.isEmpty() && this.challenged.isEmpty();
	}

	public String noUpdateText() {
		return count(this.noUpdate.size(), "action has no update", "actions have no update");
	}

	public String draftsText() {
		return count(this.drafts.size(), "update is still a draft", "updates are still drafts");
	}

	public String undecidedText() {
		return count(this.undecided.size(), "submitted update has no board decision",
				"submitted updates have no board decision");
	}

	public String challengedText() {
		return count(this.challenged.size(), "challenged update has not been revised",
				"challenged updates have not been revised");
	}

	/**
	 * "1 action has no update", "3 actions have no update".
	 */
	static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
