package org.wsoatracker.support;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;

import org.springframework.stereotype.Component;

/**
 * Makes a small plan of its own for a test, on the York inspection of the demo data: action 1.1 led by M.S (the
 * person linked to lead@example.org) with a numeric measure, and action 1.2 led by K.McN.
 */
@Component
public class TestPlans {

	private final PlanService plans;

	private final InspectionService inspections;

	private final PeopleService people;

	public TestPlans(PlanService plans, InspectionService inspections, PeopleService people) {
		this.plans = plans;
		this.inspections = inspections;
		this.people = people;
	}

	public PlanView create() {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long inspection = this.inspections.inspections(york).get(0).id();
		long maxine = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		long karen = this.people.findByReference(york, "K.McN", "CCG").orElseThrow().id();
		ActionDetails first = new ActionDetails("1.1", "Leaders have oversight", "Write the statement",
				PlanDate.parse("2020-02"), PlanDate.parse("2020-07"), null, List.of(maxine), List.of(),
				List.of(new MeasureDetails("90% on time", null, new BigDecimal("90"), "%", YearMonth.of(2020, 12))),
				null, List.of());
		ActionDetails second = new ActionDetails("1.2", "Joint outcomes framework", "Co-produce the framework",
				PlanDate.parse("2020-04"), PlanDate.parse("2099-09"), null, List.of(karen), List.of(), List.of(), null,
				List.of());
		long id = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Test plan " + UUID.randomUUID(), PlanStatus.DRAFT,
						"YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(YearMonth.of(2020, 5)), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1), List.of(first, second)))))
			.id();
		return this.plans.plan(id);
	}

}
