package org.wsoatracker.shared.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counted wording of the public page, the dashboard and the papers, from the real messages.properties: each
 * message for none, one and two.
 */
class WordingTests {

	private final Wording wording = new Wording(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0 | Our plan has 0 actions.  | None of them is finished yet. | None is behind where we want it to be.
			1 | Our plan has 1 action.   | 1 of them is finished.        | 1 is behind where we want it to be.
			2 | Our plan has 2 actions.  | 2 of them are finished.       | 2 are behind where we want them to be.
			""")
	void thePublicPageSummaryCountsNoneOneAndTwo(int count, String actions, String complete, String behind) {
		assertThat(this.wording.format("public.summary.actions", count)).isEqualTo(actions);
		assertThat(this.wording.format("public.summary.complete", count)).isEqualTo(complete);
		assertThat(this.wording.format("public.summary.behind", count)).isEqualTo(behind);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0 | No action matches. Deadlines are the whole plan's.                | 0 actions need the board's attention
			1 | Showing 1 action that matches. Deadlines are the whole plan's.   | 1 action needs the board's attention
			2 | Showing 2 actions that match. Deadlines are the whole plan's.    | 2 actions need the board's attention
			""")
	void theDashboardCountsNoneOneAndTwo(int count, String matching, String exceptions) {
		assertThat(this.wording.format("dashboard.filter.matching", count)).isEqualTo(matching);
		assertThat(this.wording.format("dashboard.exceptions.caption", count)).isEqualTo(exceptions);
		assertThat(this.wording.format("dashboard.area.caption", 3, count))
			.isEqualTo("Area 3: " + count + (count == 1 ? " action" : " actions") + " by status");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0 | No action needs the board's attention | No update is waiting for the board's decision  | 0 actions
			1 | 1 action needs the board's attention  | 1 update is waiting for the board's decision   | 1 action
			2 | 2 actions need the board's attention  | 2 updates are waiting for the board's decision | 2 actions
			""")
	void theDashboardSummaryCountsNoneOneAndTwo(int count, String exceptions, String decisions, String actions) {
		assertThat(this.wording.format("dashboard.summary.exceptions", count)).isEqualTo(exceptions);
		assertThat(this.wording.format("dashboard.summary.decisions", count)).isEqualTo(decisions);
		assertThat(this.wording.format("count.actions", count)).isEqualTo(actions);
	}

	@Test
	void thePapersSummaryAgreesInNumber() {
		assertThat(this.wording.format("paper.summary.counts", 1, 0, 1, 2))
			.isEqualTo("Of its 1 action, none is complete, 1 is rated red or amber, and 2 have no update for the period.");
		assertThat(this.wording.format("paper.summary.counts", 2, 2, 0, 1))
			.isEqualTo("Of its 2 actions, 2 are complete, none is rated red or amber, and 1 has no update for the period.");
		assertThat(this.wording.format("paper.summary.counts", 2, 1, 2, 0))
			.isEqualTo("Of its 2 actions, 1 is complete, 2 are rated red or amber, and none is without an update for the period.");
		assertThat(this.wording.format("paper.summary.exceptions", 1, "the board"))
			.isEqualTo("1 action is an exception that the board may wish to ask about (section 4).");
	}

	@Test
	void blueIsTheDefaultTagInGovukFrontend6AndEveryOtherColourItsModifier() {
		assertThat(this.wording.tagClass("blue")).isEmpty();
		assertThat(this.wording.tagClass("light-blue")).isEmpty();
		assertThat(this.wording.tagClass(null)).isEmpty();
		assertThat(this.wording.tagClass("green")).isEqualTo("govuk-tag--green");
	}

}
