package org.wsoatracker.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A lettered part of an action ("(A)") with its own dates.
 */
@Entity
class SubAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String label;

	private String text;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "start_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "start_precision")) })
	private PlanDate start;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "end_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "end_precision")) })
	private PlanDate end;

	private String phase;

	protected SubAction() {
	}

	SubAction(int position, SubActionDetails details) {
		update(position, details);
	}

	/**
	 * Takes the details given and the sub-action's place in its action (from 1).
	 */
	void update(int position, SubActionDetails details) {
		this.position = position;
		this.label = details.label();
		this.text = details.text();
		this.start = details.start();
		this.end = details.end();
		this.phase = details.phase();
	}

	SubActionDetails details() {
		return new SubActionDetails(this.id, this.label, this.text, this.start, this.end, this.phase);
	}

	Long getId() {
		return this.id;
	}

	SubActionView toView() {
		return new SubActionView(this.id, this.label, this.text, this.start, this.end, this.phase);
	}

}
