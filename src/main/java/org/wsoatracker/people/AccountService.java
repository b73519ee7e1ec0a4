package org.wsoatracker.people;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.mail.Mailer;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts people sign in with: the first administrator, invitations, roles, links to the people in the plans,
 * passwords and their reset links. Every change is in the security event log; a change to what an account may do
 * ends its other sessions ({@link AccountAccessChanged}).
 */
@Service
@Transactional
public class AccountService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final SecurityLog securityLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountEmails emails;

	private final SecondFactorService secondFactors;

	private final Memberships memberships;

	private final Duration invitationValidity;

	private final Duration resetValidity;

	AccountService(AccountRepository accounts, PersonRepository people, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, JdbcClient jdbc, Mailer mailer, SecurityLog securityLog,
			ApplicationEventPublisher events, Clock clock, SecondFactorService secondFactors, Memberships memberships,
			@Value("${wsoa.base-url}") String baseUrl,
			@Value("${wsoa.accounts.invitation-hours:72}") long invitationHours,
			@Value("${wsoa.accounts.reset-minutes:60}") long resetMinutes) {
		this.accounts = accounts;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.securityLog = securityLog;
		this.events = events;
		this.clock = clock;
		this.emails = new AccountEmails(baseUrl);
		this.secondFactors = secondFactors;
		this.memberships = memberships;
		this.invitationValidity = Duration.ofHours(invitationHours);
		this.resetValidity = Duration.ofMinutes(resetMinutes);
	}

	// Signing in

	@Transactional(readOnly = true)
	public Optional<AccountLogin> findLogin(String email) {
		return this.accounts.findByEmail(Account.normalise(email))
			.map(account -> account.toLogin(this.memberships.areasOf(account.getId()),
					this.secondFactors.isSetUp(account.getId()),
					this.secondFactors.required(account)));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(Account.normalise(email)).map(Account::toView);
	}

	/**
	 * Notes when the account last signed in (outside the audit trail: the security log has each sign-in).
	 */
	public void signedIn(long accountId) {
		this.jdbc.sql("update account set last_signed_in_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), accountId)
			.update();
	}

	/**
	 * Creates the account unless one with that email exists already; either way returns it. For demo mode.
	 */
	public AccountView createIfAbsent(NewAccountCommand command) {
		return this.accounts.findByEmail(Account.normalise(command.email()))
			.orElseGet(() -> {
				Account account = new Account(command.email(), command.displayName(),
						this.passwordEncoder.encode(command.password()), command.role());
				if (command.role() == Role.ADMIN) {
					// The demo administrator shows the whole of the programme office's work, adding local areas too.
					account.makeServiceAdmin();
				}
				return this.accounts.save(account);
			})
			.toView();
	}

	/**
	 * Disables each of these accounts that is enabled and still has the given password (the demo accounts' published
	 * one, when the service does not run as a demonstration); returns their email addresses.
	 */
	public List<String> disableIfPasswordIs(List<String> emails, String password) {
		List<Account> matching = emails.stream()
			.flatMap(email -> this.accounts.findByEmail(Account.normalise(email)).stream())
			.filter(account -> account.isEnabled() && account.hasPassword()
					&& this.passwordEncoder.matches(password, account.getPasswordHash()))
			.toList();
		matching.forEach(account -> account.setEnabled(false));
		return matching.stream().map(Account::getEmail).toList();
	}

	/**
	 * The demo's accounts that are still here (see {@link DemoAccounts}).
	 */
	@Transactional(readOnly = true)
	public List<AccountView> demoAccounts() {
		return DemoAccounts.ACCOUNTS.stream()
			.flatMap(demo -> this.accounts.findByEmail(demo.email()).stream())
			.map(Account::toView)
			.toList();
	}

	/**
	 * Deletes a demo account with its invitation and password reset links, and ends its sessions. The database refuses
	 * it ({@link org.springframework.dao.DataIntegrityViolationException}) while a record outside the demo data still
	 * names the account: an update it wrote, a report it published, a person linked to it.
	 */
	public void deleteDemoAccount(long id) {
		Account account = find(id);
		if (demoAccounts().stream().noneMatch(demo -> demo.id() == id)) {
			throw new ConflictException("Only the demo data's accounts can be deleted: disable this one instead");
		}
		this.jdbc.sql("delete from account_token where account_id = ?").param(id).update();
		this.accounts.delete(account);
		this.accounts.flush();
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
	}

	// The first administrator

	@Transactional(readOnly = true)
	public boolean administratorExists() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	/**
	 * While no administrator exists, keeps a new one-time set-up code (a hash of it) and returns it, to be written
	 * to the log; {@code chosen} is used instead of a random one when given. Empty once an administrator exists.
	 */
	public Optional<String> issueSetupCode(String chosen) {
		if (administratorExists()) {
			this.jdbc.sql("delete from setup_code").update();
			return Optional.empty();
		}
		String code = chosen == null || chosen.isBlank() ? SecretCodes.random() : chosen.trim();
		this.jdbc.sql("insert into setup_code (code_hash, created_at) values (?, ?)")
			.params(SecretCodes.hash(SecretCodes.normalise(code)), Timestamp.from(this.clock.instant()))
			.update();
		return Optional.of(code);
	}

	/**
	 * Creates the first administrator, if the set-up code is one issued and no administrator exists yet; the codes
	 * are then gone for good. A refused code is kept in the security event log.
	 */
	public AccountView createFirstAdministrator(String code, String displayName, String email, String password) {
		// One at a time: two people setting up at once cannot both become the first administrator.
		this.jdbc.sql("lock table setup_code in exclusive mode").update();
		if (administratorExists()) {
			throw new NotFoundException("Set-up");
		}
		boolean known = this.jdbc.sql("select count(*) from setup_code where code_hash = ?")
			.param(SecretCodes.hash(SecretCodes.normalise(code == null ? "" : code)))
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			this.securityLog.recordRefusal(SecurityEventKind.SETUP_CODE_REFUSED, email, null);
			throw new ConflictException("code", "Enter the set-up code written in the service's log when it started");
		}
		requirePasswordAllowed(password, email);
		requireNewEmail(email);
		Account first = new Account(email, displayName, this.passwordEncoder.encode(password), Role.ADMIN);
		first.makeServiceAdmin();
		Account account = this.accounts.save(first);
		this.jdbc.sql("delete from setup_code").update();
		this.securityLog.record(SecurityEventKind.FIRST_ADMINISTRATOR_CREATED, account.getEmail(), account.getId(),
				null);
		return account.toView();
	}

	// Administration

	/**
	 * The local areas the account belongs to now.
	 */
	@Transactional(readOnly = true)
	public Set<Long> localAreasOf(long accountId) {
		return this.memberships.areasOf(accountId);
	}

	/**
	 * Adds the account to a local area, as set-up does without a form (the service administrator who creates a local
	 * area is added by {@link PeopleService#createLocalArea(LocalAreaDetails, long)}).
	 */
	public void joinLocalArea(long accountId, long localAreaId) {
		this.memberships.join(accountId, localAreaId);
	}

	/**
	 * The accounts that belong to a local area of the scope (an administrator's).
	 */
	@Transactional(readOnly = true)
	public List<AccountRow> accounts(AreaScope scope) {
		return rows("exists (select from account_local_area m where m.account_id = a.id and m.local_area_id = any(?))",
				List.of((Object) scope.ids()));
	}

	@Transactional(readOnly = true)
	public AccountRow account(long id) {
		return rows("a.id = ?", List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("Account"));
	}

	/**
	 * Accounts as the accounts pages show them, with the people linked to each, in one statement.
	 */
	private List<AccountRow> rows(String condition, List<Object> params) {
		return this.jdbc.sql("""
				select a.id, a.email, a.display_name, a.role, a.enabled,
				       a.password_hash is not null or a.sso_subject is not null as active,
				       a.version, a.last_signed_in_at,
				       coalesce(array_agg(p.name || ', ' || la.name order by p.name) filter (where p.id is not null),
				                '{}') as people,
				       array(select m.local_area_id from account_local_area m join local_area l on l.id = m.local_area_id
				             where m.account_id = a.id order by l.name) as local_area_ids,
				       array(select l.name from account_local_area m join local_area l on l.id = m.local_area_id
				             where m.account_id = a.id order by l.name) as local_areas
				from account a
				left join person p on p.account_id = a.id
				left join local_area la on la.id = p.local_area_id
				where %s
				group by a.id
				order by lower(a.display_name), a.id""".formatted(condition))
			.params(params)
			.query((rs, row) -> {
				Timestamp last = rs.getTimestamp("last_signed_in_at");
				AccountView account = new AccountView(rs.getLong("id"), rs.getString("email"),
						rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
						rs.getBoolean("active"), rs.getLong("version"));
				return new AccountRow(account, List.of((String[]) rs.getArray("people").getArray()),
						List.of((Long[]) rs.getArray("local_area_ids").getArray()),
						List.of((String[]) rs.getArray("local_areas").getArray()), last == null ? null : last.toInstant());
			})
			.list();
	}

	/**
	 * The person in the plans the account is linked to, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> linkedPerson(long accountId) {
		return this.people.findByAccountId(accountId).stream().map(Person::getId).findFirst();
	}

	/**
	 * Creates the account of someone invited, links it to their person in the plans, and emails them a single-use
	 * link to set their password.
	 */
	public AccountView invite(InviteCommand command, AreaScope inviterScope) {
		requireNewEmail(command.email());
		requireLocalAreas(command.localAreaIds(), inviterScope);
		Account account = this.accounts.save(Account.invited(command.email(), command.displayName(), command.role()));
		command.localAreaIds().forEach(localAreaId -> this.memberships.join(account.getId(), localAreaId));
		link(account, command.personId());
		sendInvitation(account);
		return account.toView();
	}

	/**
	 * Sends a new invitation link to an account whose person has not set a password yet; earlier links stop
	 * working.
	 */
	public void resendInvitation(long id) {
		Account account = find(id);
		if (account.hasPassword()) {
			throw new ConflictException("This person has already set a password: send a password reset link instead");
		}
		sendInvitation(account);
	}

	/**
	 * Changes what the account may do and the person in the plans it is (null for no one), in one go. A new role
	 * ends the account's sessions.
	 */
	public AccountView change(long id, long expectedVersion, Role role, Set<Long> localAreaIds, Long personId,
			long actingAccountId, AreaScope actingScope) {
		Account account = find(id);
		requireVersion(account, expectedVersion);
		changeLocalAreas(account, localAreaIds, actingScope, id == actingAccountId);
		Long linkedBefore = linkedPerson(id).orElse(null);
		if (!java.util.Objects.equals(linkedBefore, personId)) {
			link(account, personId);
			this.securityLog.record(SecurityEventKind.PERSON_LINKED, account.getEmail(), account.getId(),
					personId == null ? "no one" : this.people.findById(personId).map(Person::getName).orElse(null));
		}
		if (account.getRole() != role) {
			if (id == actingAccountId) {
				throw new ConflictException("role", "You cannot change your own role: ask another administrator");
			}
			Role before = account.getRole();
			account.changeRole(role);
			this.accounts.saveAndFlush(account);
			this.securityLog.record(SecurityEventKind.ROLE_CHANGED, account.getEmail(), account.getId(),
					before.label() + " to " + role.label());
			this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
		}
		return account.toView();
	}

	public AccountView setEnabled(long id, long expectedVersion, boolean enabled, long actingAccountId) {
		Account account = find(id);
		requireVersion(account, expectedVersion);
		if (account.isEnabled() == enabled) {
			return account.toView();
		}
		if (!enabled && id == actingAccountId) {
			throw new ConflictException("You cannot disable your own account: ask another administrator");
		}
		account.setEnabled(enabled);
		this.accounts.saveAndFlush(account);
		this.securityLog.record(enabled ? SecurityEventKind.ACCOUNT_ENABLED : SecurityEventKind.ACCOUNT_DISABLED,
				account.getEmail(), account.getId(), null);
		if (!enabled) {
			this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
		}
		return account.toView();
	}

	// Passwords

	/**
	 * An administrator sends the account a password reset link.
	 */
	public void sendPasswordReset(long id) {
		Account account = find(id);
		if (!account.isEnabled()) {
			throw new ConflictException("Enable the account before sending a password reset link");
		}
		sendReset(account);
	}

	/**
	 * Someone asks for a reset link on the sign-in page. The answer is the same whether or not an account has the
	 * address: only an enabled account with a password is sent a link.
	 */
	public void requestPasswordReset(String email) {
		this.securityLog.record(SecurityEventKind.PASSWORD_RESET_REQUESTED, email, null, null);
		this.accounts.findByEmail(Account.normalise(email))
			.filter(account -> account.isEnabled() && account.hasPassword())
			.ifPresent(this::sendReset);
	}

	/**
	 * The account a link is for, while the link is unused and unexpired.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountView> accountOfLink(String token, TokenPurpose purpose) {
		return this.jdbc.sql("""
				select account_id from account_token
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(SecretCodes.hash(token), purpose.name(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional()
			.map(this::find)
			.filter(Account::isEnabled)
			.map(Account::toView);
	}

	/**
	 * Sets the password with a link from an invitation or reset email. The link is used up only when the password
	 * is accepted. A refused link is kept in the security event log.
	 */
	public AccountView setPasswordWithLink(String token, TokenPurpose purpose, String password) {
		AccountView account = accountOfLink(token, purpose).orElseThrow(() -> {
			this.securityLog.recordRefusal(SecurityEventKind.LINK_REFUSED, null, purpose.name());
			return new ConflictException("This link has expired or has already been used");
		});
		requirePasswordAllowed(password, account.email());
		if (!useUp(token, purpose)) {
			throw new ConflictException("This link has expired or has already been used");
		}
		Account entity = find(account.id());
		entity.setPasswordHash(this.passwordEncoder.encode(password));
		this.accounts.saveAndFlush(entity);
		this.securityLog.record(purpose == TokenPurpose.INVITATION ? SecurityEventKind.INVITATION_ACCEPTED
				: SecurityEventKind.PASSWORD_RESET, entity.getEmail(), entity.getId(), null);
		this.events.publishEvent(new AccountAccessChanged(entity.getEmail()));
		return entity.toView();
	}

	/**
	 * Uses up a link, if it is still unused and unexpired: false when it is not (used at the same moment, say).
	 */
	private boolean useUp(String token, TokenPurpose purpose) {
		return this.jdbc.sql("""
				update account_token set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(Timestamp.from(this.clock.instant()), SecretCodes.hash(token), purpose.name(),
					Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	// Single sign-on

	/**
	 * The account someone who has signed in at the identity provider signs in as here, or why they may not. An
	 * identity linked to an account signs in as that account. An identity not linked yet is linked, this once, to
	 * the account of the invitation or password reset link its person followed to get here ({@code link}, which it
	 * uses up), or else, only when {@code matchByEmail}, to the account with the email address the provider has
	 * verified as theirs, unless that account is linked to another identity already. No account is ever created; a
	 * disabled account is refused.
	 */
	public ProviderSignIn signInThroughProvider(ProviderIdentity identity, EmailedLink link, boolean matchByEmail) {
		Optional<Account> linked = this.accounts.findBySsoIssuerAndSsoSubject(identity.issuer(), identity.subject());
		if (linked.isPresent()) {
			Account account = linked.get();
			return account.isEnabled() ? ProviderSignIn.accepted(account)
					: ProviderSignIn.refused(ProviderRefusal.ACCOUNT_DISABLED, account);
		}
		if (link != null) {
			Optional<AccountView> ofLink = accountOfLink(link.token(), link.purpose());
			if (ofLink.isEmpty() || !useUp(link.token(), link.purpose())) {
				return ProviderSignIn.refused(ProviderRefusal.LINK_EXPIRED);
			}
			Account account = find(ofLink.get().id());
			boolean invitation = link.purpose() == TokenPurpose.INVITATION;
			if (invitation) {
				this.securityLog.record(SecurityEventKind.INVITATION_ACCEPTED, account.getEmail(), account.getId(),
						"through single sign-on");
			}
			return linkToProvider(account, identity,
					invitation ? "with an invitation link" : "with a password reset link");
		}
		if (!matchByEmail) {
			return ProviderSignIn.refused(ProviderRefusal.NOT_LINKED);
		}
		if (identity.email() == null || identity.email().isBlank()) {
			return ProviderSignIn.refused(ProviderRefusal.NO_ACCOUNT);
		}
		if (!identity.emailVerified()) {
			return ProviderSignIn.refused(ProviderRefusal.EMAIL_NOT_VERIFIED);
		}
		Optional<Account> byEmail = this.accounts.findByEmail(Account.normalise(identity.email()));
		if (byEmail.isEmpty()) {
			return ProviderSignIn.refused(ProviderRefusal.NO_ACCOUNT);
		}
		Account account = byEmail.get();
		if (account.isLinkedToProvider()) {
			return ProviderSignIn.refused(ProviderRefusal.LINKED_TO_ANOTHER_IDENTITY, account);
		}
		if (!account.isEnabled()) {
			return ProviderSignIn.refused(ProviderRefusal.ACCOUNT_DISABLED, account);
		}
		return linkToProvider(account, identity, "by the email address the identity provider verified");
	}

	/**
	 * From now on the identity signs in as the account; its other sessions end, as after a password reset.
	 */
	private ProviderSignIn linkToProvider(Account account, ProviderIdentity identity, String how) {
		account.linkToProvider(identity.issuer(), identity.subject());
		this.accounts.saveAndFlush(account);
		this.securityLog.record(SecurityEventKind.SINGLE_SIGN_ON_LINKED, account.getEmail(), account.getId(),
				how + ": subject " + identity.subject() + " of " + identity.issuer());
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
		return ProviderSignIn.accepted(account);
	}

	/**
	 * A signed-in person changes their own password, giving the current one.
	 */
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = find(accountId);
		if (currentPassword == null || currentPassword.isEmpty()) {
			throw new ConflictException("currentPassword", "Enter your current password");
		}
		if (currentPassword.length() > 1024 || !account.hasPassword()
				|| !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new ConflictException("currentPassword", "Your current password is not correct");
		}
		requirePasswordAllowed(newPassword, account.getEmail());
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.accounts.saveAndFlush(account);
		this.securityLog.record(SecurityEventKind.PASSWORD_CHANGED, account.getEmail(), account.getId(), null);
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
	}

	private void requirePasswordAllowed(String password, String email) {
		this.passwordPolicy.problem(password, email).ifPresent(problem -> {
			throw new ConflictException("password", problem);
		});
	}

	private void requireNewEmail(String email) {
		if (this.accounts.findByEmail(Account.normalise(email)).isPresent()) {
			throw new ConflictException("email", "There is already an account with this email address");
		}
	}

	private static void requireVersion(Account account, long expected) {
		if (account.getVersion() != expected) {
			throw new ConflictException("Someone else changed this account while you were looking at it: check it"
					+ " and try again");
		}
	}

	/**
	 * Sets which of the acting administrator's local areas the account belongs to; the account's other local areas
	 * are not theirs to change. At least one stays, and leaving one ends the account's sessions.
	 */
	private void changeLocalAreas(Account account, Set<Long> wanted, AreaScope actingScope, boolean own) {
		requireLocalAreas(wanted, actingScope);
		Set<Long> before = this.memberships.areasOf(account.getId());
		Set<Long> after = new HashSet<>(wanted);
		before.stream().filter(localAreaId -> !actingScope.includes(localAreaId)).forEach(after::add);
		if (after.equals(before)) {
			return;
		}
		if (own && !after.containsAll(before)) {
			throw new ConflictException("localAreas", "You cannot take yourself out of a local area: ask another administrator");
		}
		after.stream().filter(localAreaId -> !before.contains(localAreaId))
			.forEach(localAreaId -> this.memberships.join(account.getId(), localAreaId));
		before.stream().filter(localAreaId -> !after.contains(localAreaId))
			.forEach(localAreaId -> this.memberships.leave(account.getId(), localAreaId));
		this.securityLog.record(SecurityEventKind.LOCAL_AREAS_CHANGED, account.getEmail(), account.getId(),
				String.join(", ", this.memberships.namesOf(after)));
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
	}

	private static void requireLocalAreas(Set<Long> localAreaIds, AreaScope scope) {
		if (localAreaIds.isEmpty()) {
			throw new ConflictException("localAreas", "Select the local areas this person works in");
		}
		if (!localAreaIds.stream().allMatch(scope::includes)) {
			throw new ConflictException("localAreas", "Select local areas you belong to");
		}
	}

	private void link(Account account, Long personId) {
		Person person = personId == null ? null
				: this.people.findById(personId)
					.filter(found -> this.memberships.areasOf(account.getId()).contains(found.getLocalAreaId()))
					.orElseThrow(() -> new ConflictException("person", "Select a person of a local area this account belongs to"));
		for (Person linked : this.people.findByAccountId(account.getId())) {
			if (person == null || !linked.getId().equals(person.getId())) {
				linked.linkAccount(null);
			}
		}
		if (person != null) {
			person.linkAccount(account.getId());
		}
	}

	private void sendInvitation(Account account) {
		String token = newLink(account, TokenPurpose.INVITATION, this.invitationValidity);
		this.mailer.send(this.emails.invitation(account.getEmail(), account.toView().displayName(),
				account.getRole().label(), token, this.invitationValidity));
		this.securityLog.record(SecurityEventKind.INVITATION_SENT, account.getEmail(), account.getId(), null);
	}

	private void sendReset(Account account) {
		String token = newLink(account, TokenPurpose.PASSWORD_RESET, this.resetValidity);
		this.mailer.send(this.emails.passwordReset(account.getEmail(), account.toView().displayName(), token,
				this.resetValidity));
		this.securityLog.record(SecurityEventKind.PASSWORD_RESET_SENT, account.getEmail(), account.getId(), null);
	}

	/**
	 * A new single-use link for the account; its earlier unused links for the same purpose stop working.
	 */
	private String newLink(Account account, TokenPurpose purpose, Duration validity) {
		Instant now = this.clock.instant();
		this.jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(Timestamp.from(now), account.getId(), purpose.name())
			.update();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(account.getId(), purpose.name(), SecretCodes.hash(token), Timestamp.from(now),
					Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account"));
	}

}
