package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The progress cycle's rules, on real PostgreSQL: who may write, the evidence rule, one update per action per period,
 * no lost updates, the board's review, and closed periods that never change.
 */
@IntegrationTest
class ProgressServiceTests {

	@Autowired
	ProgressService progress;

	@Autowired
	TestPlans testPlans;

	@Autowired
	AccountService accounts;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	PlanView plan;

	ActionView ledByMaxine;

	ActionView ledByKaren;

	Actor lead;

	Actor chair;

	PeriodView period;

	@BeforeEach
	void setUp() {
		this.plan = this.testPlans.create();
		this.ledByMaxine = this.plan.areas().get(0).actions().get(0);
		this.ledByKaren = this.plan.areas().get(0).actions().get(1);
		this.lead = new Actor(this.accounts.findByEmail("lead@example.org").orElseThrow().id(), "Maxine Squire", false);
		this.chair = new Actor(this.accounts.findByEmail("chair@example.org").orElseThrow().id(), "Chair", false);
		this.period = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void leadUpdatesTheirOwnActionAndItAppearsInHistoryAndProgress() {
		UpdateView update = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead,
				null, true);

		assertThat(update.state()).isEqualTo(UpdateView.State.SUBMITTED);
		assertThat(this.progress.history(this.ledByMaxine.id())).extracting(UpdateView::id).containsExactly(update.id());
		ActionProgress position = this.progress.progress(this.plan.id())
			.actions()
			.stream()
			.filter(a -> a.actionId() == this.ledByMaxine.id())
			.findFirst()
			.orElseThrow();
		assertThat(position.statusLabel()).isEqualTo("Progressing and on track");
		assertThat(position.flags()).doesNotContain(Flag.AWAITING_FIRST_UPDATE).contains(Flag.OVERDUE);
	}

	@Test
	void leadCannotUpdateAnActionTheyDoNotLead() {
		assertThatThrownBy(() -> this.progress.write(this.ledByKaren.id(), command("PROGRESSING_AND_ON_TRACK"),
				this.lead, null, false))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(updatesOf(this.ledByKaren)).isZero();
	}

	@Test
	void completedNeedsEvidence() {
		assertThatThrownBy(
				() -> this.progress.write(this.ledByMaxine.id(), command("COMPLETED"), this.lead, null, true))
			.hasMessageContaining("Add at least one piece of evidence");
		assertThat(updatesOf(this.ledByMaxine)).isZero();

		UpdateView update = this.progress.write(this.ledByMaxine.id(), command("COMPLETED"),
				java.util.List.of(NewEvidence.link("Statement as submitted", "https://example.org/wsoa.pdf")),
				this.lead, null, true);
		assertThat(update.state()).isEqualTo(UpdateView.State.SUBMITTED);
		assertThat(update.evidence()).extracting(EvidenceView::title).containsExactly("Statement as submitted");
	}

	@Test
	void theSameFormSentTwiceMakesOneUpdate() {
		this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead, null, true);
		this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead, null, true);

		assertThat(updatesOf(this.ledByMaxine)).isOne();
	}

	@Test
	void aSaveOnAStaleCopyIsRefused() {
		UpdateView draft = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead,
				null, false);
		this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_BUT_DELAYED"), this.lead, draft.version(), false);

		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(), command("NOT_YET_STARTED"), this.lead,
				draft.version(), false))
			.isInstanceOf(UpdateChangedException.class);
		assertThat(this.progress.currentUpdate(this.ledByMaxine.id()).orElseThrow().statusCode())
			.isEqualTo("PROGRESSING_BUT_DELAYED");
	}

	@Test
	void aSaveFromAPageThatShowedNoUpdateIsRefusedOnceThereIsOne() {
		this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead, null, false);

		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(),
				new UpdateCommand("NOT_YET_STARTED", null, "Other words", "Next", Map.of()), this.lead, null, false))
			.isInstanceOf(UpdateChangedException.class);
		assertThat(this.progress.currentUpdate(this.ledByMaxine.id()).orElseThrow().statusCode())
			.isEqualTo("PROGRESSING_AND_ON_TRACK");
	}

	@Test
	void aSaveWithEvidenceAfterASubmitIsRefusedAndAddsNothing() {
		UpdateView draft = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead,
				null, false);
		UpdateView submitted = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"),
				this.lead, draft.version(), true);

		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"),
				List.of(NewEvidence.link("Minutes", "https://example.org/minutes")), this.lead, draft.version(), true))
			.isInstanceOf(UpdateChangedException.class);
		UpdateView after = this.progress.update(submitted.id());
		assertThat(after.version()).isEqualTo(submitted.version());
		assertThat(after.evidence()).isEmpty();
	}

	@Test
	void twoSavesOfANewUpdateAtTheSameMomentKeepOneAndRefuseTheOther() throws Exception {
		List<Object> outcomes = race(() -> this.progress.write(this.ledByMaxine.id(),
				new UpdateCommand("NOT_YET_STARTED", null, "First", "Next", Map.of()), this.lead, null, false),
				() -> this.progress.write(this.ledByMaxine.id(),
						new UpdateCommand("NOT_YET_STARTED", null, "Second", "Next", Map.of()), this.lead, null, false));

		assertThat(outcomes).filteredOn(UpdateView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(UpdateChangedException.class::isInstance).hasSize(1);
		UpdateView saved = (UpdateView) outcomes.stream().filter(UpdateView.class::isInstance).findFirst().orElseThrow();
		assertThat(updatesOf(this.ledByMaxine)).isOne();
		assertThat(this.jdbc.queryForObject("select done from progress_update where action_id = ?", String.class,
				this.ledByMaxine.id())).isEqualTo(saved.done());
	}

	@Test
	void twoSavesOfTheSameVersionAtTheSameMomentKeepOneAndRefuseTheOther() throws Exception {
		long version = this.progress
			.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"), this.lead, null, false)
			.version();

		List<Object> outcomes = race(() -> this.progress.write(this.ledByMaxine.id(),
				new UpdateCommand("NOT_YET_STARTED", null, "First", "Next", Map.of()), this.lead, version, false),
				() -> this.progress.write(this.ledByMaxine.id(),
						new UpdateCommand("NOT_YET_STARTED", null, "Second", "Next", Map.of()), this.lead, version, true));

		assertThat(outcomes).filteredOn(UpdateView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(UpdateChangedException.class::isInstance).hasSize(1);
		UpdateView saved = (UpdateView) outcomes.stream().filter(UpdateView.class::isInstance).findFirst().orElseThrow();
		assertThat(this.jdbc.queryForMap("select done, state, version from progress_update where action_id = ?",
				this.ledByMaxine.id()))
			.containsEntry("done", saved.done())
			.containsEntry("state", saved.state().name())
			.containsEntry("version", saved.version());
	}

	@Test
	void aDecisionOnAnOlderVersionIsRefusedAndChangesNothing() {
		UpdateView submitted = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"),
				this.lead, null, true);
		UpdateView challenged = this.progress.review(submitted.id(), submitted.version(), false, "Show it", this.chair);
		UpdateView resubmitted = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_BUT_DELAYED"),
				this.lead, challenged.version(), true);

		assertThatThrownBy(() -> this.progress.review(submitted.id(), submitted.version(), true, null, this.chair))
			.isInstanceOf(UpdateChangedException.class);
		UpdateView after = this.progress.update(submitted.id());
		assertThat(after.state()).isEqualTo(UpdateView.State.SUBMITTED);
		assertThat(after.version()).isEqualTo(resubmitted.version());
		assertThat(after.reviews()).extracting(ReviewView::accepted).containsExactly(false);
	}

	/**
	 * Runs both at once, each in its own transaction, and returns what each returned or threw.
	 */
	private static List<Object> race(java.util.concurrent.Callable<Object> first,
			java.util.concurrent.Callable<Object> second) throws Exception {
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Object>> results = threads.invokeAll(List.of(first, second).stream()
				.map(task -> (java.util.concurrent.Callable<Object>) () -> {
					start.await();
					try {
						return task.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				})
				.toList());
			List<Object> outcomes = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Object> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void challengedUpdateGoesBackToTheLeadWhoRevisesAndResubmits() {
		UpdateView submitted = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"),
				this.lead, null, true);
		assertThatThrownBy(() -> this.progress.review(submitted.id(), false, " ", this.chair))
			.hasMessageContaining("Say why");

		UpdateView challenged = this.progress.review(submitted.id(), false, "Show the dashboard", this.chair);
		assertThat(challenged.state()).isEqualTo(UpdateView.State.CHALLENGED);
		assertThat(challenged.editable()).isTrue();

		UpdateView revised = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_BUT_DELAYED"), this.lead,
				challenged.version(), true);
		assertThat(revised.state()).isEqualTo(UpdateView.State.SUBMITTED);
		UpdateView accepted = this.progress.review(revised.id(), true, null, this.chair);
		assertThat(accepted.state()).isEqualTo(UpdateView.State.ACCEPTED);
		assertThat(accepted.reviews()).extracting(ReviewView::accepted).containsExactly(false, true);
		assertThat(this.jdbc.queryForObject("select count(*) from board_review where update_id = ?", Integer.class,
				accepted.id()))
			.isEqualTo(2);
	}

	@Test
	void aClosedPeriodNeverChangesAgain() {
		UpdateView submitted = this.progress.write(this.ledByMaxine.id(), command("PROGRESSING_AND_ON_TRACK"),
				this.lead, null, true);
		this.progress.closePeriod(this.period.id(), this.progress.period(this.period.id()).version());

		assertThatThrownBy(() -> this.progress.review(submitted.id(), true, null, this.chair))
			.hasMessageContaining("is closed");
		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(), command("COMPLETED"), this.lead, null, false))
			.hasMessageContaining("no open reporting period");
		assertThatThrownBy(() -> this.progress.closePeriod(this.period.id(), this.progress.period(this.period.id()).version()))
			.hasMessageContaining("is closed");
		UpdateView after = this.progress.update(submitted.id());
		assertThat(after.version()).isEqualTo(submitted.version());
		assertThat(after.state()).isEqualTo(UpdateView.State.SUBMITTED);
		assertThat(after.statusCode()).isEqualTo("PROGRESSING_AND_ON_TRACK");
		assertThat(after.reviews()).isEmpty();
		assertThat(after.period().open()).isFalse();
	}

	@Test
	void statusMustBeOnThePlansScaleAndMeasuresTheActionsOwn() {
		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(), command("AMBER"), this.lead, null, false))
			.hasMessageContaining("progress scale");
		assertThatThrownBy(() -> this.progress.write(this.ledByMaxine.id(), new UpdateCommand("NOT_YET_STARTED", null,
				"d", "n", Map.of(-1L, BigDecimal.ONE)), this.lead, null, false))
			.hasMessageContaining("measure does not belong");
	}

	private int updatesOf(ActionView action) {
		return this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				action.id());
	}

	@Test
	void aMeasureWithReportedActualsCannotBeRemovedFromItsAction() {
		long measureId = this.ledByMaxine.measures().get(0).id();
		this.progress.write(this.ledByMaxine.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next",
				Map.of(measureId, new BigDecimal("45"))), this.lead, null, true);
		ActionView action = this.plans.action(this.ledByMaxine.id());
		ActionDetails withoutMeasures = new ActionDetails(action.number(), action.outcome(), action.action(),
				action.start(), action.end(), action.phase(),
				action.leads().stream().map(lead -> lead.personId()).toList(), List.of(), List.of(),
				action.evidenceAndImpact(), List.of());

		assertThatThrownBy(() -> this.plans.updateAction(action.id(), action.version(), withoutMeasures))
			.isInstanceOf(org.wsoatracker.shared.error.ConflictException.class)
			.hasMessageContaining("has actual values reported");
		assertThat(this.plans.action(action.id()).measures()).extracting(m -> m.id()).containsExactly(measureId);
		assertThat(this.jdbc.queryForObject("select count(*) from measure_actual where measure_id = ?", Integer.class,
				measureId)).isOne();
	}

	private static UpdateCommand command(String status) {
		return new UpdateCommand(status, null, "What was done", "What happens next", Map.of());
	}

}
