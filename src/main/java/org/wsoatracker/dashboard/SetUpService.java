package org.wsoatracker.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.dashboard.LocalAreaSetUp.Task;
import org.wsoatracker.dashboard.LocalAreaSetUp.TaskStatus;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.LeadView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;

import org.springframework.stereotype.Service;

/**
 * The programme office's "Set up your local area" task list, worked out from what the people, plan and progress
 * modules hold. The inspection is the local area's latest; the plan is the latest one answering it. Writes nothing.
 */
@Service
public class SetUpService {

	private final PeopleService people;

	private final InspectionService inspections;

	private final PlanService plans;

	private final ProgressService progress;

	SetUpService(PeopleService people, InspectionService inspections, PlanService plans, ProgressService progress) {
		this.people = people;
		this.inspections = inspections;
		this.plans = plans;
		this.progress = progress;
	}

	public LocalAreaSetUp setUp(long localAreaId) {
		LocalAreaView area = this.people.localArea(localAreaId);
		String home = "/local-areas/" + area.id();
		boolean organisations = !this.people.organisations(area.id()).isEmpty();
		List<PersonView> persons = this.people.people(area.id());
		Optional<InspectionView> inspection = this.inspections.inspections(area.id()).stream().findFirst();
		Optional<PlanView> plan = inspection.flatMap(this::latestPlanAnswering);
		List<Task> tasks = new ArrayList<>();

		tasks.add(new Task("organisations", "Add partner organisations",
				"Completed when the local area has at least one partner organisation, such as the council or an "
						+ "integrated care board (ICB).",
				organisations ? home + "#organisations" : home + "/organisations/new",
				organisations ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED));

		tasks.add(new Task("people", "Add people",
				"Completed when at least one strategic or operational leader is in the local area's people tables. "
						+ "Add a partner organisation first.",
				!organisations ? null : persons.isEmpty() ? home + "/people/new" : home + "#people",
				!organisations ? TaskStatus.CANNOT_START_YET
						: persons.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.COMPLETED));

		tasks.add(new Task("inspection", "Record the inspection",
				"Completed when the local area's inspection is recorded.",
				inspection.map(i -> "/inspections/" + i.id()).orElse(home + "/inspections/new"),
				inspection.isPresent() ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED));

		tasks.add(new Task("weaknesses", "Add the inspection's findings and areas of weakness",
				"Completed when the inspection has at least one area of weakness. Record the inspection first.",
				inspection.map(i -> "/inspections/" + i.id()).orElse(null), inspection.map(i -> {
					if (!i.weaknesses().isEmpty()) {
						return TaskStatus.COMPLETED;
					}
					return i.findings().isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
				}).orElse(TaskStatus.CANNOT_START_YET)));

		tasks.add(new Task("plan", "Create the plan",
				"Completed when a plan, such as a written statement of action, answers the inspection. Record the "
						+ "inspection first.",
				inspection.isEmpty() ? null : plan.map(p -> "/plans/" + p.id()).orElse("/plans/new"),
				inspection.isEmpty() ? TaskStatus.CANNOT_START_YET
						: plan.isPresent() ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED));

		boolean anyWeakness = inspection.map(i -> !i.weaknesses().isEmpty()).orElse(false);
		tasks.add(new Task("areas", "Add the plan's areas for improvement",
				"Completed when every area of weakness is answered by at least one of the plan's areas for "
						+ "improvement; one area may answer several. Add the inspection's areas of weakness and "
						+ "create the plan first.",
				plan.filter(p -> anyWeakness).map(p -> "/plans/" + p.id()).orElse(null),
				plan.filter(p -> anyWeakness).map(SetUpService::areasStatus).orElse(TaskStatus.CANNOT_START_YET)));

		boolean anyArea = plan.map(p -> !p.areas().isEmpty()).orElse(false);
		tasks.add(new Task("actions", "Add actions and their leads",
				"Completed when every area for improvement has at least one action and every action has a lead, a "
						+ "person or a partner organisation. "
						+ "Add an area for improvement first.",
				anyArea ? "/plans/" + plan.get().id() : null,
				anyArea ? actionsStatus(plan.get()) : TaskStatus.CANNOT_START_YET));

		Set<Long> leads = plan.map(p -> p.actions()
			.flatMap(action -> action.leads().stream())
			.map(LeadView::personId)
			.collect(Collectors.toSet())).orElse(Set.of());
		long withAccount = persons.stream()
			.filter(person -> leads.contains(person.id()) && person.accountId() != null)
			.count();
		tasks.add(new Task("accounts", "Give leads an account",
				"Completed when every person who leads an action has an account linked to them, so that they can "
						+ "update their actions. Name a person as the lead of an action first.",
				leads.isEmpty() ? null : withAccount == 0 ? "/accounts/invite" : "/accounts",
				leads.isEmpty() ? TaskStatus.CANNOT_START_YET
						: withAccount == leads.size() ? TaskStatus.COMPLETED
								: withAccount == 0 ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS));

		tasks.add(new Task("period", "Open the first reporting period",
				"Completed when the plan has a reporting period, open or closed, for leads to report in. Create the "
						+ "plan first.",
				plan.map(p -> "/plans/" + p.id() + "/periods").orElse(null),
				plan.map(p -> this.progress.periods(p.id()).isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.COMPLETED)
					.orElse(TaskStatus.CANNOT_START_YET)));

		return new LocalAreaSetUp(area.id(), area.name(), plan.map(PlanView::title).orElse(null), tasks);
	}

	private Optional<PlanView> latestPlanAnswering(InspectionView inspection) {
		return this.plans.plans()
			.stream()
			.filter(summary -> summary.inspectionId() == inspection.id())
			.max(Comparator.comparingLong(PlanSummary::id))
			.map(summary -> this.plans.plan(summary.id()));
	}

	private static TaskStatus areasStatus(PlanView plan) {
		if (plan.areas().isEmpty()) {
			return TaskStatus.NOT_STARTED;
		}
		return plan.unansweredWeaknesses().isEmpty() ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	private static TaskStatus actionsStatus(PlanView plan) {
		if (plan.actions().findAny().isEmpty()) {
			return TaskStatus.NOT_STARTED;
		}
		boolean everyAreaHasAnAction = plan.areas().stream().noneMatch(area -> area.actions().isEmpty());
		boolean everyActionHasALead = plan.actions()
			.allMatch(action -> !action.leads().isEmpty() || !action.leadOrganisations().isEmpty());
		return everyAreaHasAnAction && everyActionHasALead ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

}
