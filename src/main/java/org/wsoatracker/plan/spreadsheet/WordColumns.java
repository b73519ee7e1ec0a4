package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * What reading a Word document's action-plan tables found: their column headings, each with the plan-table column
 * it was understood as (null when the heading is not one plans use), or why the document cannot be used.
 */
public sealed interface WordColumns {

	record Found(List<String> headings, List<WordColumn> understood) implements WordColumns {
	}

	record Unreadable(String message) implements WordColumns {
	}

}
