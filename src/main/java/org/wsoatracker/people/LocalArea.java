package org.wsoatracker.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class LocalArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private boolean archived;

	private boolean demo;

	@Version
	private long version;

	protected LocalArea() {
	}

	LocalArea(String code, String name, boolean demo) {
		this.code = code;
		this.name = name;
		this.demo = demo;
	}

	void rename(String name) {
		this.name = name;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

	Long getId() {
		return this.id;
	}

	LocalAreaView toView() {
		return new LocalAreaView(this.id, this.code, this.name, this.archived, this.demo);
	}

}
