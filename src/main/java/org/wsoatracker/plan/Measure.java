package org.wsoatracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A measure of success: its wording, and where it has one, a numeric target (from a baseline, by a month).
 */
@Entity
class Measure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String text;

	private BigDecimal baseline;

	private BigDecimal target;

	private String unit;

	private LocalDate targetMonth;

	protected Measure() {
	}

	Measure(int position, MeasureDetails details) {
		update(position, details);
	}

	/**
	 * Takes the details given and the measure's place in its action (from 1).
	 */
	void update(int position, MeasureDetails details) {
		this.position = position;
		this.text = details.text();
		this.baseline = details.baseline();
		this.target = details.target();
		this.unit = details.unit();
		this.targetMonth = details.targetMonth() == null ? null : details.targetMonth().atDay(1);
	}

	MeasureDetails details() {
		return new MeasureDetails(this.id, this.text, this.baseline, this.target, this.unit, targetMonth());
	}

	Long getId() {
		return this.id;
	}

	MeasureView toView() {
		return new MeasureView(this.id, this.text, this.baseline, this.target, this.unit, targetMonth());
	}

	private YearMonth targetMonth() {
		return this.targetMonth == null ? null : YearMonth.from(this.targetMonth);
	}

}
