package org.wsoatracker.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.wsoatracker.shared.demo.DemoMode;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor at sign-in: an authenticator app making time-based one-time codes, and recovery codes that stand in
 * for it once each. Anyone may set one up; the roles in {@code wsoa.mfa.required-roles} must (in demo mode, all but
 * the demo accounts, whose password is published). Every change is in the security event log.
 */
@Service
@Transactional
public class SecondFactorService {

	private static final int RECOVERY_CODES = 10;

	private static final int MAX_CODE_LENGTH = 64;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SecretEncryption encryption;

	private final JdbcClient jdbc;

	private final SecurityLog securityLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DemoMode demoMode;

	private final Set<Role> requiredRoles;

	private final String issuer;

	SecondFactorService(AccountRepository accounts, PasswordEncoder passwordEncoder, SecretEncryption encryption,
			JdbcClient jdbc, SecurityLog securityLog, ApplicationEventPublisher events, Clock clock, DemoMode demoMode,
			@Value("${wsoa.mfa.required-roles:ADMIN}") Set<Role> requiredRoles,
			@Value("${wsoa.local-area-name:}") String localAreaName) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.encryption = encryption;
		this.jdbc = jdbc;
		this.securityLog = securityLog;
		this.events = events;
		this.clock = clock;
		this.demoMode = demoMode;
		this.requiredRoles = Set.copyOf(requiredRoles);
		this.issuer = localAreaName.isBlank() ? "WSOA Tracker" : "WSOA Tracker " + localAreaName.trim();
	}

	@Transactional(readOnly = true)
	public SecondFactorStatus status(long accountId) {
		Account account = find(accountId);
		int left = this.jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
		return new SecondFactorStatus(isSetUp(accountId), required(account), left);
	}

	/**
	 * Whether the account signs in with an authenticator app.
	 */
	@Transactional(readOnly = true)
	boolean isSetUp(long accountId) {
		return this.jdbc.sql("select count(*) from authenticator_app where account_id = ? and confirmed_at is not null")
			.param(accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether the account's role must sign in with an authenticator app.
	 */
	boolean required(Account account) {
		return this.requiredRoles.contains(account.getRole())
				&& !(this.demoMode.enabled() && DemoAccounts.isDemoAccount(account.getEmail()));
	}

	// Setting up an app

	/**
	 * The secret for a new authenticator app, kept (encrypted) until the person types its first code; the same one
	 * each time they come back to it until then.
	 */
	public AuthenticatorSetUp startSetUp(long accountId) {
		Account account = find(accountId);
		if (isSetUp(accountId)) {
			throw new ConflictException("You have already set up an authenticator app");
		}
		this.jdbc.sql("""
				insert into authenticator_app (account_id, secret, created_at) values (?, ?, ?)
				on conflict (account_id) do nothing""")
			.params(accountId, this.encryption.encrypt(AuthenticatorCodes.newSecret()),
					Timestamp.from(this.clock.instant()))
			.update();
		String secret = pendingSecret(accountId).orElseThrow();
		return new AuthenticatorSetUp(AuthenticatorCodes.uri(secret, this.issuer, account.getEmail()),
				String.join(" ", secret.split("(?<=\\G.{4})")));
	}

	/**
	 * Sets up the app whose secret was given, if the code is its present one, and returns the account's first
	 * recovery codes, to be shown once. The account's other sessions end.
	 */
	public List<String> finishSetUp(long accountId, String code) {
		Account account = find(accountId);
		String secret = pendingSecret(accountId)
			.orElseThrow(() -> new ConflictException("You have already set up an authenticator app"));
		OptionalLong step = AuthenticatorCodes.step(secret, normalise(code), this.clock.instant());
		if (step.isEmpty()) {
			throw new ConflictException("code", "The code is not correct: enter the 6 digit code the app shows now");
		}
		int confirmed = this.jdbc.sql("""
				update authenticator_app set confirmed_at = ?, last_used_step = ?
				where account_id = ? and confirmed_at is null""")
			.params(Timestamp.from(this.clock.instant()), step.getAsLong(), accountId)
			.update();
		if (confirmed != 1) {
			throw new ConflictException("You have already set up an authenticator app");
		}
		this.securityLog.record(SecurityEventKind.AUTHENTICATOR_APP_SET_UP, account.getEmail(), accountId, null);
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
		return replaceRecoveryCodes(account);
	}

	// Signing in

	/**
	 * Accepts a code from the account's authenticator app once: a code of the same time step as the last one
	 * accepted, or of an earlier one, is refused.
	 */
	public boolean acceptCode(long accountId, String code) {
		Optional<String> secret = this.jdbc
			.sql("select secret from authenticator_app where account_id = ? and confirmed_at is not null")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(this.encryption::decrypt);
		OptionalLong step = secret.isEmpty() ? OptionalLong.empty()
				: AuthenticatorCodes.step(secret.get(), normalise(code), this.clock.instant());
		// Conditional, so that of two requests with the same code at once only one is accepted.
		return step.isPresent() && this.jdbc.sql("""
				update authenticator_app set last_used_step = ?
				where account_id = ? and confirmed_at is not null and (last_used_step is null or last_used_step < ?)""")
			.params(step.getAsLong(), accountId, step.getAsLong())
			.update() == 1;
	}

	/**
	 * Uses up one of the account's recovery codes: the number still unused, or empty if the code is not one of them.
	 */
	public OptionalInt acceptRecoveryCode(long accountId, String code) {
		String typed = SecretCodes.normalise(code == null ? "" : code);
		if (typed.isEmpty() || typed.length() > MAX_CODE_LENGTH || !isSetUp(accountId)) {
			return OptionalInt.empty();
		}
		int used = this.jdbc.sql("""
				update recovery_code set used_at = ?
				where account_id = ? and code_hash = ? and used_at is null""")
			.params(Timestamp.from(this.clock.instant()), accountId, SecretCodes.hash(typed))
			.update();
		return used == 1 ? OptionalInt.of(status(accountId).recoveryCodesLeft()) : OptionalInt.empty();
	}

	// Managing one's own

	/**
	 * New recovery codes in place of all the earlier ones, to be shown once.
	 */
	public List<String> newRecoveryCodes(long accountId) {
		if (!isSetUp(accountId)) {
			throw new ConflictException("Set up an authenticator app first");
		}
		return replaceRecoveryCodes(find(accountId));
	}

	/**
	 * Turns the authenticator app off, given the account's password or a code from the app; refused when the
	 * account's role must use one.
	 */
	public void turnOff(long accountId, String passwordOrCode) {
		Account account = find(accountId);
		if (!isSetUp(accountId)) {
			throw new ConflictException("You have not set up an authenticator app");
		}
		if (required(account)) {
			throw new ConflictException("Your role must sign in with an authenticator app, so it cannot be turned off");
		}
		String typed = passwordOrCode == null ? "" : passwordOrCode;
		if (typed.isBlank()) {
			throw new ConflictException("passwordOrCode", "Enter your password or a code from your authenticator app");
		}
		boolean proven = normalise(typed).matches("\\d{6}") ? acceptCode(accountId, typed)
				: typed.length() <= 1024 && account.hasPassword()
						&& this.passwordEncoder.matches(typed, account.getPasswordHash());
		if (!proven) {
			throw new ConflictException("passwordOrCode", "Your password or the code is not correct");
		}
		remove(accountId);
		this.securityLog.record(SecurityEventKind.AUTHENTICATOR_APP_TURNED_OFF, account.getEmail(), accountId, null);
	}

	// Administration

	/**
	 * An administrator removes someone's authenticator app and recovery codes (a lost phone): they sign in with their
	 * password alone, or set up a new app first if their role must have one. Their sessions end.
	 */
	public void reset(long accountId, long actingAccountId) {
		Account account = find(accountId);
		if (accountId == actingAccountId) {
			throw new ConflictException("You cannot reset your own authenticator app: ask another administrator");
		}
		if (!isSetUp(accountId)) {
			throw new ConflictException("This account has no authenticator app to reset");
		}
		remove(accountId);
		this.securityLog.record(SecurityEventKind.AUTHENTICATOR_APP_RESET, account.getEmail(), accountId, null);
		this.events.publishEvent(new AccountAccessChanged(account.getEmail()));
	}

	private List<String> replaceRecoveryCodes(Account account) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(account.getId()).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = SecretCodes.random();
			this.jdbc.sql("insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)")
				.params(account.getId(), SecretCodes.hash(SecretCodes.normalise(code)), Timestamp.from(now))
				.update();
			codes.add(code);
		}
		this.securityLog.record(SecurityEventKind.RECOVERY_CODES_MADE, account.getEmail(), account.getId(), null);
		return codes;
	}

	private Optional<String> pendingSecret(long accountId) {
		return this.jdbc.sql("select secret from authenticator_app where account_id = ? and confirmed_at is null")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(this.encryption::decrypt);
	}

	private void remove(long accountId) {
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
		this.jdbc.sql("delete from authenticator_app where account_id = ?").param(accountId).update();
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account"));
	}

	/**
	 * A code as typed, without spaces (apps show "123 456"); empty if longer than any code.
	 */
	private static String normalise(String code) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		return typed.length() > MAX_CODE_LENGTH ? "" : typed;
	}

}
