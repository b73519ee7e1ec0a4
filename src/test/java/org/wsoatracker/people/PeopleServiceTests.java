package org.wsoatracker.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people service on the real database: refusals that name the field they are about, optimistic locking, and
 * people linked to their accounts by email.
 */
@IntegrationTest
class PeopleServiceTests {

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	LocalAreaView area;

	OrganisationView council;

	@BeforeEach
	void setUp() {
		this.area = this.people.createLocalArea(new LocalAreaDetails(SignedInPages.unique("SVC"), "Service test area"));
		this.council = this.people.addOrganisation(this.area.id(),
				new OrganisationDetails("TC", "Test Council", OrganisationKind.COUNCIL));
	}

	@Test
	void aLocalAreaCodeIsUniqueWhateverItsCase() {
		assertThatThrownBy(() -> this.people.createLocalArea(new LocalAreaDetails(this.area.code().toLowerCase(), "Copy")))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("code");
				assertThat(refusal.getMessage())
					.isEqualTo("There is already a local area with the code " + this.area.code().toLowerCase());
			});
		assertThat(this.jdbc.queryForObject("select count(*) from local_area where lower(code) = lower(?)",
				Integer.class, this.area.code())).isEqualTo(1);
	}

	@Test
	void anOrganisationCodeIsUniqueInItsAreaWhateverItsCase() {
		assertThatThrownBy(() -> this.people.addOrganisation(this.area.id(),
				new OrganisationDetails("tc", "Another", OrganisationKind.OTHER)))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> assertThat(refusal.field()).isEqualTo("code"));

		OrganisationView icb = this.people.addOrganisation(this.area.id(),
				new OrganisationDetails("ICB", "Test ICB", OrganisationKind.ICB));
		assertThatThrownBy(() -> this.people.updateOrganisation(icb.id(), icb.version(),
				new OrganisationDetails("Tc", "Test ICB", OrganisationKind.ICB)))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> assertThat(refusal.field()).isEqualTo("code"));
		assertThat(this.people.organisations(this.area.id())).extracting(OrganisationView::code)
			.containsExactly("ICB", "TC");
	}

	@Test
	void anOrganisationChangedOnAStaleCopyIsRefusedAndTheVersionRisesWithEachChange() {
		OrganisationView changed = this.people.updateOrganisation(this.council.id(), this.council.version(),
				new OrganisationDetails("TC", "Test City Council", OrganisationKind.COUNCIL));
		assertThat(changed.version()).isEqualTo(this.council.version() + 1);

		assertThatThrownBy(() -> this.people.updateOrganisation(this.council.id(), this.council.version(),
				new OrganisationDetails("TC", "Stale", OrganisationKind.OTHER)))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> {
				assertThat(refusal.field()).isNull();
				assertThat(refusal.getMessage()).isEqualTo("Someone else changed this while you were editing it");
			});
		assertThat(this.people.organisation(this.council.id()).name()).isEqualTo("Test City Council");
	}

	@Test
	void initialsAreUniqueWithinAnOrganisationWhateverTheirCase() {
		OrganisationView icb = this.people.addOrganisation(this.area.id(),
				new OrganisationDetails("ICB", "Test ICB", OrganisationKind.ICB));
		this.people.addPerson(this.area.id(), details(this.council.id(), "M.S", null));

		assertThatThrownBy(() -> this.people.addPerson(this.area.id(), details(this.council.id(), "m.s", null)))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("initials");
				assertThat(refusal.getMessage()).isEqualTo("Someone in TC already has the initials m.s");
			});
		PersonView other = this.people.addPerson(this.area.id(), details(icb.id(), "M.S", null));

		assertThatThrownBy(() -> this.people.updatePerson(other.id(), other.version(),
				details(this.council.id(), "M.S", null)))
			.isInstanceOfSatisfying(ConflictException.class,
					refusal -> assertThat(refusal.field()).isEqualTo("initials"));
		assertThat(this.people.people(this.area.id())).hasSize(2);
	}

	@Test
	void aPersonMustBelongToAnOrganisationOfTheirArea() {
		LocalAreaView elsewhere = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("SVC"), "Elsewhere"));

		assertThatThrownBy(() -> this.people.addPerson(elsewhere.id(), details(this.council.id(), "A.B", null)))
			.isInstanceOfSatisfying(ConflictException.class,
					refusal -> assertThat(refusal.field()).isEqualTo("organisation"));
		assertThat(this.people.people(elsewhere.id())).isEmpty();
	}

	@Test
	void aPersonChangedOnAStaleCopyIsRefused() {
		PersonView person = this.people.addPerson(this.area.id(), details(this.council.id(), "A.B", null));
		this.people.updatePerson(person.id(), person.version(), details(this.council.id(), "A.B", "ab@example.net"));

		assertThatThrownBy(() -> this.people.updatePerson(person.id(), person.version(),
				details(this.council.id(), "A.C", null)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Someone else changed this while you were editing it");
		assertThat(this.people.person(person.id()).initials()).isEqualTo("A.B");
		assertThat(this.people.person(person.id()).email()).isEqualTo("ab@example.net");
	}

	@Test
	void aPersonIsLinkedToTheAccountWithTheirWorkEmail() {
		String email = SignedInPages.unique("officer").toLowerCase() + "@example.net";
		AccountView account = this.accounts.createIfAbsent(
				new NewAccountCommand(email, "An officer", "a-long-test-password", Role.LEAD));

		// Not while the account belongs to another local area only: links stay within a local area.
		PersonView elsewhere = this.people.addPerson(this.area.id(), details(this.council.id(), "O.E", email));
		assertThat(elsewhere.accountId()).isNull();
		this.people.updatePerson(elsewhere.id(), elsewhere.version(), details(this.council.id(), "O.E", null));

		this.accounts.joinLocalArea(account.id(), this.area.id());
		PersonView person = this.people.addPerson(this.area.id(), details(this.council.id(), "O.F", email.toUpperCase()));
		assertThat(person.accountId()).isEqualTo(account.id());
		assertThat(this.people.personIdsOfAccount(account.id())).containsExactly(person.id());

		PersonView withoutEmail = this.people.updatePerson(person.id(), person.version(),
				details(this.council.id(), "O.F", null));
		assertThat(withoutEmail.accountId()).isNull();
		assertThat(this.people.personIdsOfAccount(account.id())).isEmpty();
	}

	private static PersonDetails details(long organisationId, String initials, String email) {
		return new PersonDetails(organisationId, initials, "Someone " + initials, "Officer", LeaderGroup.OPERATIONAL,
				email, null);
	}

}
