package org.wsoatracker.plan.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.WeaknessView;

/**
 * The people, partner organisations and weaknesses of the inspection's local area, each looked up once.
 */
final class AreaDirectory implements PlanTableReader.Directory {

	private final long localAreaId;

	private final Set<Integer> weaknessNumbers;

	private final PeopleService peopleService;

	private final Map<String, Optional<Long>> people = new HashMap<>();

	private final Map<String, Optional<Long>> organisations = new HashMap<>();

	AreaDirectory(InspectionView inspection, PeopleService peopleService) {
		this.localAreaId = inspection.localAreaId();
		this.peopleService = peopleService;
		this.weaknessNumbers = inspection.weaknesses().stream().map(WeaknessView::number).collect(Collectors.toSet());
	}

	@Override
	public Optional<Long> person(String initials, String organisationCode) {
		return this.people.computeIfAbsent(initials + "\u0000" + organisationCode,
				key -> this.peopleService.findByReference(this.localAreaId, initials, organisationCode)
					.map(PersonView::id));
	}

	@Override
	public Optional<Long> organisation(String code) {
		return this.organisations.computeIfAbsent(code,
				key -> this.peopleService.findOrganisation(this.localAreaId, code).map(OrganisationView::id));
	}

	@Override
	public boolean hasWeakness(int number) {
		return this.weaknessNumbers.contains(number);
	}

}
