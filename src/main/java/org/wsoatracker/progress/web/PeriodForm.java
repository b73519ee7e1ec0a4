package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Opening a reporting period: its month, the date updates are due, and whether it is a review point.
 */
public class PeriodForm {

	private DateParts month = new DateParts();

	private DateParts dueDate = new DateParts();

	private List<String> reviewPoint = new ArrayList<>();

	YearMonth validatedMonth(Errors errors) {
		if (this.month.isBlank()) {
			errors.rejectValue("month", "required", "Enter the month the period covers");
			return null;
		}
		YearMonth value = this.month.toYearMonth().orElse(null);
		if (value == null) {
			errors.rejectValue("month", "invalid", this.month.error("Month", "Month must be a real month"));
		}
		return value;
	}

	LocalDate validatedDueDate(Errors errors) {
		if (this.dueDate.isBlank()) {
			errors.rejectValue("dueDate", "required", "Enter the date updates are due");
			return null;
		}
		LocalDate value = this.dueDate.toLocalDate().orElse(null);
		if (value == null) {
			errors.rejectValue("dueDate", "invalid", this.dueDate.error("Due date", "Due date must be a real date"));
		}
		return value;
	}

	public DateParts getMonth() {
		return this.month;
	}

	public void setMonth(DateParts month) {
		this.month = month;
	}

	public DateParts getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(DateParts dueDate) {
		this.dueDate = dueDate;
	}

	boolean isReviewPoint() {
		return this.reviewPoint.contains("yes");
	}

	public List<String> getReviewPoint() {
		return this.reviewPoint;
	}

	public void setReviewPoint(List<String> reviewPoint) {
		this.reviewPoint = reviewPoint;
	}

}
