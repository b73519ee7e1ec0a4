package org.wsoatracker.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of a local area: their findings and the weaknesses a plan must answer.
 */
@Service
@Transactional
public class InspectionService {

	private final InspectionRepository inspections;

	private final PeopleService people;

	InspectionService(InspectionRepository inspections, PeopleService people) {
		this.inspections = inspections;
		this.people = people;
	}

	public InspectionView createInspection(NewInspectionCommand command) {
		this.people.localArea(command.localAreaId());
		Inspection inspection = new Inspection(command.localAreaId(), command.details());
		command.findings().forEach(f -> inspection.addFinding(f.heading(), f.kind(), f.text()));
		Set<Integer> numbers = new HashSet<>();
		for (NewInspectionCommand.WeaknessDetails weakness : command.weaknesses()) {
			if (!numbers.add(weakness.number())) {
				throw new ConflictException("Weakness " + weakness.number() + " is listed twice");
			}
			inspection.addWeakness(weakness.number(), weakness.text());
		}
		return toView(this.inspections.save(inspection));
	}

	public InspectionView updateInspection(long id, long expectedVersion, InspectionDetails details) {
		Inspection inspection = find(id);
		if (inspection.getVersion() != expectedVersion) {
			throw new ConflictException("Someone else changed this while you were editing it");
		}
		inspection.update(details);
		return toView(this.inspections.saveAndFlush(inspection));
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(long id) {
		return toView(find(id));
	}

	@Transactional(readOnly = true)
	public List<InspectionView> inspections(long localAreaId) {
		return this.inspections.findByLocalAreaIdOrderByStartDateDesc(localAreaId).stream().map(this::toView).toList();
	}

	private Inspection find(long id) {
		return this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection"));
	}

	InspectionView toView(Inspection inspection) {
		return new InspectionView(inspection.getId(), inspection.getLocalAreaId(),
				this.people.localArea(inspection.getLocalAreaId()).name(), inspection.details(),
				inspection.findingViews(), inspection.weaknessViews(), inspection.getVersion());
	}

}
