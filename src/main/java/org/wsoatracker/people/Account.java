package org.wsoatracker.people;

import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String displayName;

	/**
	 * Null until the person invited has set a password.
	 */
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	/**
	 * A service administrator may also create local areas.
	 */
	private boolean serviceAdmin;

	/**
	 * The identity at the identity provider that signs in as this account (single sign-on): its issuer and its
	 * subject there. Null until linked.
	 */
	private String ssoIssuer;

	private String ssoSubject;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Role role) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	/**
	 * An account invited by email, waiting for its person to set a password.
	 */
	static Account invited(String email, String displayName, Role role) {
		return new Account(email, displayName, null, role);
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean hasPassword() {
		return this.passwordHash != null;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	long getVersion() {
		return this.version;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	boolean isServiceAdmin() {
		return this.serviceAdmin;
	}

	void makeServiceAdmin() {
		this.serviceAdmin = true;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Whether an identity at the identity provider signs in as this account.
	 */
	boolean isLinkedToProvider() {
		return this.ssoSubject != null;
	}

	/**
	 * From now on this identity at the identity provider signs in as this account (in place of any linked before).
	 */
	void linkToProvider(String issuer, String subject) {
		this.ssoIssuer = issuer;
		this.ssoSubject = subject;
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether its person has accepted their invitation: set a password, or signed in through the identity provider.
	 */
	boolean isActive() {
		return hasPassword() || isLinkedToProvider();
	}

	AccountView toView() {
		return new AccountView(this.id, this.email, this.displayName, this.role, this.enabled, isActive(),
				this.version);
	}

	AccountLogin toLogin(Set<Long> localAreaIds, boolean secondFactorSetUp, boolean secondFactorRequired) {
		return new AccountLogin(this.id, this.email, this.displayName, this.passwordHash, this.role, localAreaIds,
				this.serviceAdmin, this.enabled && hasPassword(), secondFactorSetUp, secondFactorRequired);
	}

}
