package org.wsoatracker.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wsoatracker.shared.demo.DemoMode;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local areas, their partner organisations and the people named in their plans.
 */
@Service
@Transactional
public class PeopleService {

	private final LocalAreaRepository localAreas;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final AccountRepository accounts;

	private final LocalAreaRecords records;

	private final Memberships memberships;

	private final DemoMode demoMode;

	PeopleService(LocalAreaRepository localAreas, OrganisationRepository organisations, PersonRepository people,
			AccountRepository accounts, LocalAreaRecords records, Memberships memberships, DemoMode demoMode) {
		this.memberships = memberships;
		this.demoMode = demoMode;
		this.localAreas = localAreas;
		this.organisations = organisations;
		this.people = people;
		this.accounts = accounts;
		this.records = records;
	}

	public LocalAreaView createLocalArea(String code, String name) {
		return createLocalArea(new LocalAreaDetails(code, name));
	}

	/**
	 * Adds a local area; refused (on the code) when another local area has the same code, whatever its case.
	 */
	public LocalAreaView createLocalArea(LocalAreaDetails details) {
		return create(details, false);
	}

	/**
	 * A service administrator adds a local area, and belongs to it from then on, so as to invite its first
	 * administrators and set it up.
	 */
	public LocalAreaView createLocalArea(LocalAreaDetails details, long creatorAccountId) {
		LocalAreaView area = create(details, false);
		this.memberships.join(creatorAccountId, area.id());
		return area;
	}

	/**
	 * Adds a local area of the demo data, which an administrator may remove with the rest of it.
	 */
	public LocalAreaView createDemoLocalArea(String code, String name) {
		return create(new LocalAreaDetails(code, name), true);
	}

	/**
	 * The local areas in use, which the ordinary lists show.
	 */
	@Transactional(readOnly = true)
	public List<LocalAreaView> localAreas() {
		return this.localAreas.findByArchivedOrderByName(false).stream().map(LocalArea::toView).toList();
	}

	/**
	 * The local areas in use of those a person belongs to.
	 */
	@Transactional(readOnly = true)
	public List<LocalAreaView> localAreas(AreaScope scope) {
		return localAreas().stream().filter(area -> scope.includes(area.id())).toList();
	}

	@Transactional(readOnly = true)
	public List<LocalAreaView> archivedLocalAreas() {
		return this.localAreas.findByArchivedOrderByName(true).stream().map(LocalArea::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<LocalAreaView> archivedLocalAreas(AreaScope scope) {
		return archivedLocalAreas().stream().filter(area -> scope.includes(area.id())).toList();
	}

	/**
	 * Takes the local area, and everything in it, out of the ordinary lists, dashboards and reminders; its records
	 * stay, readable, until it is restored.
	 */
	public void archiveLocalArea(long id) {
		findLocalArea(id).setArchived(true);
	}

	public void restoreLocalArea(long id) {
		findLocalArea(id).setArchived(false);
	}

	/**
	 * Why the local area cannot be deleted, if it cannot: an inspection is recorded for it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> whyLocalAreaIsKept(long id) {
		LocalAreaView area = localArea(id);
		return this.records.hasInspections(id) ? Optional.of(area.name()
				+ " has inspections recorded: deleting it would lose them, and the plans that answer them.")
				: Optional.empty();
	}

	/**
	 * Deletes a local area for which no inspection is recorded, with its partner organisations and people; one with
	 * an inspection is refused.
	 */
	public void deleteLocalArea(long id) {
		LocalArea area = findLocalArea(id);
		whyLocalAreaIsKept(id).ifPresent(reason -> {
			throw new ConflictException(reason);
		});
		this.people.deleteAll(this.people.findByLocalAreaIdOrderById(id));
		this.organisations.deleteAll(this.organisations.findByLocalAreaIdOrderByCode(id));
		this.localAreas.delete(area);
		this.localAreas.flush();
	}

	@Transactional(readOnly = true)
	public List<LocalAreaView> demoLocalAreas() {
		return this.localAreas.findByDemoTrueOrderByName().stream().map(LocalArea::toView).toList();
	}

	/**
	 * Whether there is demo data to remove: a demo local area, or a demo account that can still sign in.
	 */
	@Transactional(readOnly = true)
	public boolean demoDataPresent() {
		return this.localAreas.existsByDemoTrue() || DemoAccounts.ACCOUNTS.stream()
			.anyMatch(demo -> this.accounts.findByEmail(demo.email()).filter(Account::isEnabled).isPresent());
	}

	@Transactional(readOnly = true)
	public LocalAreaView localArea(long id) {
		return findLocalArea(id).toView();
	}

	@Transactional(readOnly = true)
	public Optional<LocalAreaView> findLocalAreaByCode(String code) {
		return this.localAreas.findByCode(code).map(LocalArea::toView);
	}

	public OrganisationView addOrganisation(long localAreaId, String code, String name, OrganisationKind kind) {
		return addOrganisation(localAreaId, new OrganisationDetails(code, name, kind));
	}

	/**
	 * Adds a partner organisation to the local area; refused (on the code) when another organisation of the area
	 * has the same code, whatever its case.
	 */
	public OrganisationView addOrganisation(long localAreaId, OrganisationDetails details) {
		localArea(localAreaId);
		requireUniqueCode(localAreaId, details.code(), null);
		return this.organisations
			.save(new Organisation(localAreaId, details.code(), details.name(), details.kind()))
			.toView();
	}

	public OrganisationView updateOrganisation(long id, long expectedVersion, OrganisationDetails details) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("Organisation"));
		requireVersion(organisation.getVersion(), expectedVersion);
		requireUniqueCode(organisation.getLocalAreaId(), details.code(), id);
		organisation.update(details.code(), details.name(), details.kind());
		return this.organisations.saveAndFlush(organisation).toView();
	}

	@Transactional(readOnly = true)
	public List<OrganisationView> organisations(long localAreaId) {
		return this.organisations.findByLocalAreaIdOrderByCode(localAreaId).stream().map(Organisation::toView).toList();
	}

	@Transactional(readOnly = true)
	public OrganisationView organisation(long id) {
		return this.organisations.findById(id)
			.map(Organisation::toView)
			.orElseThrow(() -> new NotFoundException("Organisation"));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findOrganisation(long localAreaId, String code) {
		return this.organisations.findByLocalAreaIdAndCode(localAreaId, code).map(Organisation::toView);
	}

	/**
	 * Adds a person to the local area. Refused when the organisation is not one of the area's, or when someone in
	 * that organisation has the same initials. Without an account given, the person is linked to the account with
	 * their work email, if there is one.
	 */
	public PersonView addPerson(long localAreaId, PersonDetails details) {
		localArea(localAreaId);
		OrganisationView organisation = organisationIn(localAreaId, details.organisationId());
		requireUniqueInitials(details, organisation, null);
		return this.people.save(new Person(localAreaId, withAccount(details, localAreaId))).toView(organisation);
	}

	public PersonView updatePerson(long id, long expectedVersion, PersonDetails details) {
		Person person = this.people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
		requireVersion(person.getVersion(), expectedVersion);
		OrganisationView organisation = organisationIn(organisation(person.getOrganisationId()).localAreaId(),
				details.organisationId());
		requireUniqueInitials(details, organisation, id);
		person.update(withAccount(details, person.getLocalAreaId()));
		return this.people.saveAndFlush(person).toView(organisation);
	}

	@Transactional(readOnly = true)
	public PersonView person(long id) {
		Person person = this.people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
		return person.toView(organisation(person.getOrganisationId()));
	}

	@Transactional(readOnly = true)
	public List<PersonView> people(long localAreaId) {
		Map<Long, OrganisationView> organisationsById = organisationsById(localAreaId);
		return this.people.findByLocalAreaIdOrderById(localAreaId)
			.stream()
			.map(person -> person.toView(organisationsById.get(person.getOrganisationId())))
			.sorted(Comparator.comparing(PersonView::group).thenComparing(PersonView::id))
			.toList();
	}

	/**
	 * The people with these ids, found in one query each for people and organisations.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> peopleById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Person> found = this.people.findAllById(ids);
		Map<Long, OrganisationView> organisationsById = this.organisations
			.findAllById(found.stream().map(p -> p.getOrganisationId()).distinct().toList())
			.stream()
			.map(Organisation::toView)
			.collect(Collectors.toMap(OrganisationView::id, Function.identity()));
		return found.stream()
			.map(person -> person.toView(organisationsById.get(person.getOrganisationId())))
			.collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	/**
	 * The person a plan means by initials and organisation code, e.g. M.S of CYC.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonView> findByReference(long localAreaId, String initials, String organisationCode) {
		return this.organisations.findByLocalAreaIdAndCode(localAreaId, organisationCode)
			.flatMap(organisation -> this.people.findByOrganisationIdAndInitials(organisation.getId(), initials)
				.map(person -> person.toView(organisation.toView())));
	}

	/**
	 * The people an account signs in as (an officer may be named in more than one local area).
	 */
	@Transactional(readOnly = true)
	public List<Long> personIdsOfAccount(long accountId) {
		return this.people.findByAccountId(accountId).stream().map(Person::getId).toList();
	}

	/**
	 * Links each person of the local area who has a work email to the account with that email, if there is one and it
	 * belongs to the local area.
	 */
	public void linkAccountsByEmail(long localAreaId) {
		for (Person person : this.people.findByLocalAreaIdOrderById(localAreaId)) {
			if (person.getEmail() != null) {
				this.accounts.findByEmail(person.getEmail())
					.filter(account -> this.memberships.areasOf(account.getId()).contains(localAreaId))
					.ifPresent(account -> person.linkAccount(account.getId()));
			}
		}
	}

	private LocalAreaView create(LocalAreaDetails details, boolean demo) {
		if (this.localAreas.existsByCodeIgnoreCase(details.code())) {
			throw new ConflictException("code", "There is already a local area with the code " + details.code());
		}
		LocalAreaView area = this.localAreas.save(new LocalArea(details.code(), details.name(), demo)).toView();
		if (this.demoMode.enabled()) {
			// A demonstration shows what is added to it: the demo accounts belong to every local area made meanwhile.
			this.memberships.joinByEmail(DemoAccounts.emails(), area.id());
		}
		return area;
	}

	private LocalArea findLocalArea(long id) {
		return this.localAreas.findById(id).orElseThrow(() -> new NotFoundException("Local area"));
	}

	private Map<Long, OrganisationView> organisationsById(long localAreaId) {
		return organisations(localAreaId).stream().collect(Collectors.toMap(OrganisationView::id, Function.identity()));
	}

	private OrganisationView organisationIn(long localAreaId, long organisationId) {
		OrganisationView organisation = this.organisations.findById(organisationId)
			.map(Organisation::toView)
			.filter(found -> found.localAreaId() == localAreaId)
			.orElseThrow(() -> new ConflictException("organisation", "Select an organisation of this local area"));
		return organisation;
	}

	private void requireUniqueCode(long localAreaId, String code, Long self) {
		boolean taken = this.organisations.findByLocalAreaIdAndCodeIgnoreCase(localAreaId, code)
			.stream()
			.anyMatch(other -> !other.getId().equals(self));
		if (taken) {
			throw new ConflictException("code", "There is already an organisation with the code " + code
					+ " in this local area");
		}
	}

	private void requireUniqueInitials(PersonDetails details, OrganisationView organisation, Long self) {
		boolean taken = this.people.findByOrganisationIdAndInitialsIgnoreCase(organisation.id(), details.initials())
			.stream()
			.anyMatch(other -> !other.getId().equals(self));
		if (taken) {
			throw new ConflictException("initials",
					"Someone in " + organisation.code() + " already has the initials " + details.initials());
		}
	}

	/**
	 * The person's account: the one given, which must belong to the person's local area, or else the one with the
	 * person's work email, if it belongs to that local area.
	 */
	private PersonDetails withAccount(PersonDetails details, long localAreaId) {
		Long accountId = details.accountId();
		if (accountId != null && !this.memberships.areasOf(accountId).contains(localAreaId)) {
			throw new ConflictException("account", "That account does not belong to this local area");
		}
		if (accountId == null && details.email() != null && !details.email().isBlank()) {
			accountId = this.accounts.findByEmail(details.email())
				.map(Account::getId)
				.filter(found -> this.memberships.areasOf(found).contains(localAreaId))
				.orElse(null);
		}
		return new PersonDetails(details.organisationId(), details.initials(), details.name(), details.roleTitle(),
				details.group(), details.email(), accountId);
	}

	private static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw new ConflictException("Someone else changed this while you were editing it");
		}
	}

}
