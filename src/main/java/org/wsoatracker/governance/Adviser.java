package org.wsoatracker.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A DfE or NHS England adviser to a plan, by name and organisation.
 */
@Entity
@Table(name = "plan_adviser")
class Adviser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private String name;

	private String organisation;

	@Version
	private long version;

	protected Adviser() {
	}

	Adviser(long planId, String name, String organisation) {
		this.planId = planId;
		this.name = name;
		this.organisation = organisation;
	}

	AdviserView toView() {
		return new AdviserView(this.id, this.name, this.organisation);
	}

	long getPlanId() {
		return this.planId;
	}

}
