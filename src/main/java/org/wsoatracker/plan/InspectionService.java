package org.wsoatracker.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of a local area: their findings and the weaknesses a plan must answer. An inspection is changed as a
 * whole: its findings and weaknesses carry no version of their own, so every change to them raises the inspection's
 * version, and every change is checked against the version the person started from.
 */
@Service
@Transactional
public class InspectionService {

	static final String STALE = "Someone else changed this while you were editing it";

	private final InspectionRepository inspections;

	private final PeopleService people;

	private final EntityManager entityManager;

	InspectionService(InspectionRepository inspections, PeopleService people, EntityManager entityManager) {
		this.inspections = inspections;
		this.people = people;
		this.entityManager = entityManager;
	}

	public InspectionView createInspection(NewInspectionCommand command) {
		this.people.localArea(command.localAreaId());
		requireOutcomeOfFramework(command.details());
		Inspection inspection = new Inspection(command.localAreaId(), command.details());
		command.findings().forEach(f -> inspection.addFinding(f.heading(), f.kind(), f.text()));
		Set<Integer> numbers = new HashSet<>();
		for (NewInspectionCommand.WeaknessDetails weakness : command.weaknesses()) {
			if (!numbers.add(weakness.number())) {
				throw new ConflictException("Weakness " + weakness.number() + " is listed twice");
			}
			inspection.addWeakness(weakness.number(), weakness.text(), weakness.kind());
		}
		return toView(this.inspections.save(inspection));
	}

	public InspectionView updateInspection(long id, long expectedVersion, InspectionDetails details) {
		Inspection inspection = find(id);
		requireVersion(inspection, expectedVersion);
		requireOutcomeOfFramework(details);
		inspection.update(details);
		return toView(this.inspections.saveAndFlush(inspection));
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(long id) {
		return toView(find(id));
	}

	/**
	 * The local area's inspections that are not archived themselves, newest first.
	 */
	@Transactional(readOnly = true)
	public List<InspectionView> inspections(long localAreaId) {
		return inspections(localAreaId, false);
	}

	/**
	 * The inspections a new plan may answer: those in use of the scope's local areas, by local area.
	 */
	@Transactional(readOnly = true)
	public List<InspectionView> inspections(AreaScope scope) {
		return this.people.localAreas(scope).stream().flatMap(area -> inspections(area.id()).stream()).toList();
	}

	@Transactional(readOnly = true)
	public List<InspectionView> archivedInspections(long localAreaId) {
		return inspections(localAreaId, true);
	}

	/**
	 * Takes the inspection, and the plans that answer it, out of the ordinary lists, dashboards and reminders; they
	 * stay, readable, until it is restored.
	 */
	public void archiveInspection(long id) {
		find(id).setArchived(true);
	}

	public void restoreInspection(long id) {
		find(id).setArchived(false);
	}

	/**
	 * Why the inspection cannot be deleted, if it cannot: plans, archived or not, answer it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> whyInspectionIsKept(long id) {
		find(id);
		List<AnsweringPlan> plans = plansAnswering(id);
		if (plans.isEmpty()) {
			return Optional.empty();
		}
		String titles = plans.stream().map(AnsweringPlan::title).collect(Collectors.joining(", "));
		return Optional.of((plans.size() == 1 ? "A plan answers" : plans.size() + " plans answer") + " this inspection: "
				+ titles + ". Deleting the inspection would lose " + (plans.size() == 1 ? "it." : "them."));
	}

	/**
	 * Deletes an inspection, with its findings and areas of weakness, that no plan answers; one that a plan answers is
	 * refused.
	 */
	public void deleteInspection(long id) {
		Inspection inspection = find(id);
		whyInspectionIsKept(id).ifPresent(reason -> {
			throw new ConflictException(reason);
		});
		this.inspections.delete(inspection);
		this.inspections.flush();
	}

	// Findings

	public FindingView addFinding(long inspectionId, FindingDetails details) {
		Inspection inspection = find(inspectionId);
		inspection.addFinding(details.heading(), details.kind(), details.text());
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
		List<FindingView> findings = inspection.findingViews();
		return findings.get(findings.size() - 1);
	}

	public FindingView updateFinding(long inspectionId, long findingId, long expectedVersion, FindingDetails details) {
		Inspection inspection = find(inspectionId);
		Finding finding = findFinding(inspection, findingId);
		requireVersion(inspection, expectedVersion);
		finding.update(details.heading(), details.kind(), details.text());
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
		return finding.toView();
	}

	public void deleteFinding(long inspectionId, long findingId, long expectedVersion) {
		Inspection inspection = find(inspectionId);
		Finding finding = findFinding(inspection, findingId);
		requireVersion(inspection, expectedVersion);
		inspection.removeFinding(finding);
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
	}

	// Areas of weakness

	/**
	 * Adds an area of weakness; refused (on the number) when the inspection already has one with that number.
	 */
	public WeaknessView addWeakness(long inspectionId, WeaknessDetails details) {
		Inspection inspection = find(inspectionId);
		requireUniqueNumber(inspection, details.number(), null);
		inspection.addWeakness(details.number(), details.text(), details.kind());
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
		return inspection.getWeaknesses()
			.stream()
			.filter(w -> w.getNumber() == details.number())
			.findFirst()
			.orElseThrow()
			.toView();
	}

	public WeaknessView updateWeakness(long inspectionId, long weaknessId, long expectedVersion,
			WeaknessDetails details) {
		Inspection inspection = find(inspectionId);
		Weakness weakness = findWeakness(inspection, weaknessId);
		requireVersion(inspection, expectedVersion);
		requireUniqueNumber(inspection, details.number(), weaknessId);
		weakness.update(details.number(), details.text(), inspection.kindUnderFramework(details.kind()));
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
		return weakness.toView();
	}

	/**
	 * Deletes an area of weakness that no plan answers. One that a plan's area answers is refused, naming the area:
	 * change or delete that area first.
	 */
	public void deleteWeakness(long inspectionId, long weaknessId, long expectedVersion) {
		Inspection inspection = find(inspectionId);
		Weakness weakness = findWeakness(inspection, weaknessId);
		requireVersion(inspection, expectedVersion);
		List<AnsweringArea> answers = answersTo(weaknessId);
		if (!answers.isEmpty()) {
			throw new ConflictException("You cannot delete area of weakness " + weakness.getNumber() + " because "
					+ answers.stream().map(AnsweringArea::describe).collect(Collectors.joining(" and "))
					+ " answers it. Change that area of the plan first.");
		}
		inspection.removeWeakness(weakness);
		changed(inspection);
		this.inspections.saveAndFlush(inspection);
	}

	/**
	 * The areas of plans that answer this area of weakness.
	 */
	@Transactional(readOnly = true)
	public List<AnsweringArea> answersTo(long weaknessId) {
		return this.entityManager
			.createQuery("select new org.wsoatracker.plan.AnsweringArea(p.id, p.title, a.number) from PlanArea a "
					+ "join a.plan p join a.weaknessIds w where w = :weaknessId order by p.id, a.number",
					AnsweringArea.class)
			.setParameter("weaknessId", weaknessId)
			.getResultList();
	}

	/**
	 * The plans that answer this inspection.
	 */
	@Transactional(readOnly = true)
	public List<AnsweringPlan> plansAnswering(long inspectionId) {
		return this.entityManager
			.createQuery("select new org.wsoatracker.plan.AnsweringPlan(p.id, p.title, p.kind) from Plan p "
					+ "where p.inspectionId = :inspectionId order by p.id", AnsweringPlan.class)
			.setParameter("inspectionId", inspectionId)
			.getResultList();
	}

	// Helpers

	private List<InspectionView> inspections(long localAreaId, boolean archived) {
		return this.inspections.findByLocalAreaIdAndArchivedOrderByStartDateDesc(localAreaId, archived)
			.stream()
			.map(this::toView)
			.toList();
	}

	private Inspection find(long id) {
		return this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection"));
	}

	private static Finding findFinding(Inspection inspection, long findingId) {
		return inspection.finding(findingId).orElseThrow(() -> new NotFoundException("Finding"));
	}

	private static Weakness findWeakness(Inspection inspection, long weaknessId) {
		return inspection.weakness(weaknessId).orElseThrow(() -> new NotFoundException("Area of weakness"));
	}

	private static void requireVersion(Inspection inspection, long expectedVersion) {
		if (inspection.getVersion() != expectedVersion) {
			throw new ConflictException(STALE);
		}
	}

	/**
	 * Refuses, on the outcome field, an outcome that is not of the inspection's framework.
	 */
	private static void requireOutcomeOfFramework(InspectionDetails details) {
		if (!details.framework().allows(details.outcome())) {
			throw new ConflictException("outcome", outcomeMessage(details.framework()));
		}
	}

	/**
	 * What a person is told when the outcome they chose is not one of the framework's: "Select an outcome of the 2016
	 * framework: written statement of action required or no written statement of action required".
	 */
	public static String outcomeMessage(InspectionFramework framework) {
		return "Select an outcome of the " + framework.frameworkName() + ": " + framework.outcomes()
			.stream()
			.map(o -> o.label().toLowerCase(java.util.Locale.UK))
			.collect(Collectors.joining(framework.outcomes().size() == 2 ? " or " : ", "))
			.replaceFirst(", ([^,]*)$", " or $1");
	}

	private static void requireUniqueNumber(Inspection inspection, int number, Long self) {
		if (inspection.getWeaknesses().stream().anyMatch(w -> w.getNumber() == number && !w.getId().equals(self))) {
			throw new ConflictException("number", "This inspection already has an area of weakness " + number);
		}
	}

	/**
	 * A change to the inspection's findings or weaknesses counts as a change of the inspection: its version goes up,
	 * so that someone editing it on an older copy is told.
	 */
	private void changed(Inspection inspection) {
		this.entityManager.lock(inspection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	InspectionView toView(Inspection inspection) {
		LocalAreaView area = this.people.localArea(inspection.getLocalAreaId());
		return new InspectionView(inspection.getId(), inspection.getLocalAreaId(), area.name(), inspection.details(),
				inspection.findingViews(), inspection.weaknessViews(), inspection.getVersion(),
				inspection.archived(area));
	}

}
