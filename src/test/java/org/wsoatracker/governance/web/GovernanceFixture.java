package org.wsoatracker.governance.web;

import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.support.SignedInPages;

/**
 * People the governance tests name: York's (the demo's) and one of another local area.
 */
final class GovernanceFixture {

	private GovernanceFixture() {
	}

	static long york(PeopleService people) {
		return people.findLocalAreaByCode("YORK").orElseThrow().id();
	}

	static long maxine(PeopleService people) {
		return people.findByReference(york(people), "M.S", "CYC").orElseThrow().id();
	}

	static long karen(PeopleService people) {
		return people.findByReference(york(people), "K.McN", "CCG").orElseThrow().id();
	}

	/**
	 * A person of a local area of their own, whom no York plan may name.
	 */
	static long stranger(PeopleService people) {
		LocalAreaView area = people.createLocalArea(SignedInPages.unique("GOV"), "Elsewhere");
		long council = people.addOrganisation(area.id(), "EC", "Elsewhere Council", OrganisationKind.COUNCIL).id();
		return people
			.addPerson(area.id(), new PersonDetails(council, "S.T", "Sam Stranger", "Director", LeaderGroup.STRATEGIC,
					null, null))
			.id();
	}

}
