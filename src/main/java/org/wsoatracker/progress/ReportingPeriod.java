package org.wsoatracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.wsoatracker.shared.error.ConflictException;

/**
 * A month of a plan's reporting cycle. Leads update their actions while it is open; once the programme office closes
 * it, its updates and board decisions never change again.
 */
@Entity
class ReportingPeriod {

	enum Status {

		OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private LocalDate month;

	private LocalDate dueDate;

	private boolean reviewPoint;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant closedAt;

	@Version
	private long version;

	protected ReportingPeriod() {
	}

	ReportingPeriod(long planId, YearMonth month, LocalDate dueDate, boolean reviewPoint) {
		this.planId = planId;
		this.month = month.atDay(1);
		this.dueDate = dueDate;
		this.reviewPoint = reviewPoint;
		this.status = Status.OPEN;
	}

	void close(Instant now) {
		requireOpen();
		this.status = Status.CLOSED;
		this.closedAt = now;
	}

	void requireOpen() {
		if (this.status != Status.OPEN) {
			throw new ConflictException("The reporting period for " + PeriodView.label(YearMonth.from(this.month))
					+ " is closed: its updates can no longer change");
		}
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	Long getId() {
		return this.id;
	}

	Long getPlanId() {
		return this.planId;
	}

	PeriodView toView() {
		return new PeriodView(this.id, this.planId, YearMonth.from(this.month), this.dueDate, this.reviewPoint,
				isOpen(), this.closedAt, this.version);
	}

}
