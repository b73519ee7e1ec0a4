package org.wsoatracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An area of significant weakness (or, in the 2023 framework, an area for improvement or for priority action) that
 * the inspection found.
 */
@Entity
@Table(name = "inspection_weakness")
class Weakness {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	private String text;

	@Enumerated(EnumType.STRING)
	private WeaknessKind kind;

	protected Weakness() {
	}

	Weakness(int number, String text, WeaknessKind kind) {
		update(number, text, kind);
	}

	void update(int number, String text, WeaknessKind kind) {
		this.number = number;
		this.text = text;
		this.kind = kind;
	}

	Long getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	WeaknessKind getKind() {
		return this.kind;
	}

	String getText() {
		return this.text;
	}

	WeaknessView toView() {
		return new WeaknessView(this.id, this.number, this.text, this.kind);
	}

}
