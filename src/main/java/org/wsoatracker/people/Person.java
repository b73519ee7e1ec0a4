package org.wsoatracker.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long localAreaId;

	private Long organisationId;

	private String initials;

	private String name;

	private String roleTitle;

	@Enumerated(EnumType.STRING)
	@Column(name = "leader_group")
	private LeaderGroup group;

	private String email;

	private Long accountId;

	@Version
	private long version;

	protected Person() {
	}

	Person(long localAreaId, PersonDetails details) {
		this.localAreaId = localAreaId;
		update(details);
	}

	void update(PersonDetails details) {
		this.organisationId = details.organisationId();
		this.initials = details.initials();
		this.name = details.name();
		this.roleTitle = details.roleTitle();
		this.group = details.group();
		this.email = details.email();
		this.accountId = details.accountId();
	}

	Long getId() {
		return this.id;
	}

	Long getLocalAreaId() {
		return this.localAreaId;
	}

	void linkAccount(Long accountId) {
		this.accountId = accountId;
	}

	String getName() {
		return this.name;
	}

	String getInitials() {
		return this.initials;
	}

	String getEmail() {
		return this.email;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	long getVersion() {
		return this.version;
	}

	PersonView toView(OrganisationView organisation) {
		return new PersonView(this.id, this.localAreaId, this.initials, this.name, organisation.id(),
				organisation.code(), organisation.name(), this.roleTitle, this.group, this.email, this.accountId,
				this.version);
	}

}
