package org.wsoatracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "inspection_finding")
class Finding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String heading;

	@Enumerated(EnumType.STRING)
	private FindingKind kind;

	private String text;

	protected Finding() {
	}

	Finding(int position, String heading, FindingKind kind, String text) {
		this.position = position;
		this.heading = heading;
		this.kind = kind;
		this.text = text;
	}

	void update(String heading, FindingKind kind, String text) {
		this.heading = heading;
		this.kind = kind;
		this.text = text;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	FindingView toView() {
		return new FindingView(this.id, this.heading, this.kind, this.text);
	}

}
