package org.wsoatracker.plan.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a written statement's action-plan table (in its Word document) becomes in the plan table, with
 * the headings real plans give it.
 */
public enum WordColumn {

	ACTION_NUMBER("Action number", "ref", "reference", "no", "no.", "number", "action number", "action no"),
	OUTCOME("Outcome", "outcome", "outcomes", "intended outcome", "what we want to achieve"),
	ACTION("Action", "action", "actions", "what will we do", "what we will do"),
	START("Start", "start", "start date"),
	END("End (timescale)", "end", "end date", "timescale", "timescales", "by when", "completion date", "deadline"),
	LEADS("Leads", "lead", "leads", "lead officer", "lead officers", "responsible lead", "who"),
	MEASURE("Measure of success", "measure of success", "measures of success", "success measures",
			"success measure", "how will we know", "how will we know we have made a difference"),
	EVIDENCE("Evidence and impact", "evidence and impact", "impact", "evidence"),
	IGNORE("Ignore this column", "rag", "rag rating", "progress", "status");

	private final String label;

	private final String[] headings;

	WordColumn(String label, String... headings) {
		this.label = label;
		this.headings = headings;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The column a heading names, if it is one of the ways plans word it (case, spaces, a trailing colon or question
	 * mark aside). An empty heading is the action number: plans often leave the numbers' column unheaded.
	 */
	public static Optional<WordColumn> recognise(String heading) {
		String words = heading.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").replaceAll("[:?]+$", "")
			.trim();
		if (words.isEmpty()) {
			return Optional.of(ACTION_NUMBER);
		}
		for (WordColumn column : values()) {
			for (String known : column.headings) {
				if (known.equals(words)) {
					return Optional.of(column);
				}
			}
		}
		return Optional.empty();
	}

}
