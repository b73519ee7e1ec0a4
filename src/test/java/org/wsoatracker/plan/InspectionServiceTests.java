package org.wsoatracker.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing an inspection's findings and weaknesses one at a time, on the real database: each change raises the
 * inspection's version, and a weakness a plan answers cannot be deleted.
 */
@IntegrationTest
class InspectionServiceTests {

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcTemplate jdbc;

	InspectionView inspection;

	@BeforeEach
	void setUp() {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("ISVC"), "Inspection service test area");
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(finding("First"), finding("Second"), finding("Third")),
				List.of(new WeaknessDetails(1, "Oversight"), new WeaknessDetails(2, "Commissioning"))));
	}

	@Test
	void aFindingAddedAfterADeletionComesLast() {
		long version = this.inspection.version();
		this.inspections.deleteFinding(this.inspection.id(), this.inspection.findings().get(0).id(), version);

		FindingView added = this.inspections.addFinding(this.inspection.id(), finding("Fourth"));

		assertThat(added.text()).isEqualTo("Fourth");
		assertThat(this.inspections.inspection(this.inspection.id()).findings()).extracting(FindingView::text)
			.containsExactly("Second", "Third", "Fourth");
		assertThat(this.jdbc.queryForList("select position from inspection_finding where inspection_id = ?",
				Integer.class, this.inspection.id())).doesNotHaveDuplicates();
	}

	@Test
	void everyChangeToFindingsOrWeaknessesRaisesTheInspectionsVersion() {
		long before = this.inspection.version();
		FindingView first = this.inspection.findings().get(0);

		this.inspections.updateFinding(this.inspection.id(), first.id(), before,
				new FindingDetails("Main findings", FindingKind.MAIN_FINDING, "First, reworded"));
		long afterFinding = this.inspections.inspection(this.inspection.id()).version();
		this.inspections.addWeakness(this.inspection.id(), new WeaknessDetails(3, "Co-production"));
		long afterWeakness = this.inspections.inspection(this.inspection.id()).version();

		assertThat(afterFinding).isGreaterThan(before);
		assertThat(afterWeakness).isGreaterThan(afterFinding);
		assertThatThrownBy(() -> this.inspections.updateFinding(this.inspection.id(), first.id(), before,
				new FindingDetails("Main findings", FindingKind.MAIN_FINDING, "Stale")))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Someone else changed this while you were editing it");
		assertThatThrownBy(() -> this.inspections.deleteWeakness(this.inspection.id(),
				this.inspection.weaknesses().get(1).id(), afterFinding))
			.isInstanceOf(ConflictException.class);
		assertThat(this.inspections.inspection(this.inspection.id()).findings().get(0).text())
			.isEqualTo("First, reworded");
		assertThat(this.inspections.inspection(this.inspection.id()).weaknesses()).hasSize(3);
	}

	@Test
	void aWeaknessNumberIsUniqueInItsInspection() {
		assertThatThrownBy(
				() -> this.inspections.addWeakness(this.inspection.id(), new WeaknessDetails(2, "Another two")))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("number");
				assertThat(refusal.getMessage()).isEqualTo("This inspection already has an area of weakness 2");
			});
		WeaknessView first = this.inspection.weaknesses().get(0);
		assertThatThrownBy(() -> this.inspections.updateWeakness(this.inspection.id(), first.id(),
				this.inspection.version(), new WeaknessDetails(2, "Oversight")))
			.isInstanceOfSatisfying(ConflictException.class,
					refusal -> assertThat(refusal.field()).isEqualTo("number"));

		WeaknessView renumbered = this.inspections.updateWeakness(this.inspection.id(), first.id(),
				this.inspection.version(), new WeaknessDetails(7, "Oversight and planning"));
		assertThat(renumbered.number()).isEqualTo(7);
		assertThat(this.inspections.inspection(this.inspection.id()).weaknesses()).extracting(WeaknessView::number)
			.containsExactly(2, 7);
	}

	@Test
	void aWeaknessThatAPlanAnswersCannotBeDeletedButAnotherCan() {
		String title = "Service test plan " + SignedInPages.unique("");
		PlanSummary plan = this.plans.createPlan(new NewPlanCommand(this.inspection.id(),
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, title, PlanStatus.DRAFT, "YORK_SIX_STEP", null,
						null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(4, "Leadership", "Oversight", List.of(1), List.of()))));
		WeaknessView answered = this.inspection.weaknesses().get(0);
		WeaknessView free = this.inspection.weaknesses().get(1);
		long version = this.inspections.inspection(this.inspection.id()).version();

		assertThat(this.inspections.answersTo(answered.id())).containsExactly(new AnsweringArea(plan.id(), title, 4));
		assertThat(this.inspections.answersTo(free.id())).isEmpty();
		assertThat(this.inspections.plansAnswering(this.inspection.id()))
			.containsExactly(new AnsweringPlan(plan.id(), title, PlanKind.WRITTEN_STATEMENT_OF_ACTION));
		assertThatThrownBy(() -> this.inspections.deleteWeakness(this.inspection.id(), answered.id(), version))
			.isInstanceOf(ConflictException.class)
			.hasMessage("You cannot delete area of weakness 1 because area 4 of " + title
					+ " answers it. Change that area of the plan first.");

		this.inspections.deleteWeakness(this.inspection.id(), free.id(), version);

		assertThat(this.inspections.inspection(this.inspection.id()).weaknesses()).extracting(WeaknessView::number)
			.containsExactly(1);
	}

	@Test
	void findingsAndWeaknessesAreOnlyFoundThroughTheirOwnInspection() {
		long yorkArea = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		InspectionView york = this.inspections.inspections(yorkArea).get(0);
		long findingId = this.inspection.findings().get(0).id();
		long weaknessId = this.inspection.weaknesses().get(0).id();

		assertThatThrownBy(() -> this.inspections.deleteFinding(york.id(), findingId, york.version()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.inspections.deleteWeakness(york.id(), weaknessId, york.version()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.inspections.inspection(this.inspection.id()).findings()).hasSize(3);
	}

	private static FindingDetails finding(String text) {
		return new FindingDetails("Main findings", FindingKind.MAIN_FINDING, text);
	}

}
