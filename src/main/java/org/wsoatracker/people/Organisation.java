package org.wsoatracker.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long localAreaId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(long localAreaId, String code, String name, OrganisationKind kind) {
		this.localAreaId = localAreaId;
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	void update(String code, String name, OrganisationKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	Long getId() {
		return this.id;
	}

	Long getLocalAreaId() {
		return this.localAreaId;
	}

	String getCode() {
		return this.code;
	}

	long getVersion() {
		return this.version;
	}

	OrganisationView toView() {
		return new OrganisationView(this.id, this.localAreaId, this.code, this.name, this.kind, this.version);
	}

}
