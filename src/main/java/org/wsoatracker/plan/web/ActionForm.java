package org.wsoatracker.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.LeadOrganisationView;
import org.wsoatracker.plan.LeadView;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.plan.SubActionView;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * An action as typed, with its measures of success and sub-actions as rows; blank rows are left out.
 */
public class ActionForm {

	static final int BLANK_ROWS = 2;

	/**
	 * The most measures, or sub-actions, an action may have: far more than any plan gives, few enough to show.
	 */
	static final int MAX_ROWS = 50;

	static final String FORM_CHANGED = "The form was sent in a way it cannot be. Reload the page and make your changes again.";

	private String number = "";

	private String outcome = "";

	private String action = "";

	private DateParts start = new DateParts();

	private DateParts end = new DateParts();

	private String phase = "";

	private List<String> leads = new ArrayList<>();

	private List<String> leadOrganisations = new ArrayList<>();

	private String evidenceAndImpact = "";

	private List<MeasureRow> measures = new ArrayList<>();

	private List<SubActionRow> subActions = new ArrayList<>();

	private long version;

	static ActionForm blank() {
		ActionForm form = new ActionForm();
		form.addBlankRows();
		return form;
	}

	static ActionForm of(ActionView view) {
		ActionForm form = new ActionForm();
		form.number = view.number();
		form.outcome = view.outcome();
		form.action = view.action();
		form.start = PlanDates.parts(view.start());
		form.end = PlanDates.parts(view.end());
		form.phase = PlanForm.nullToEmpty(view.phase());
		form.leads = new ArrayList<>(view.leads().stream().map(LeadView::personId).map(String::valueOf).toList());
		form.leadOrganisations = new ArrayList<>(
				view.leadOrganisations().stream().map(LeadOrganisationView::organisationId).map(String::valueOf).toList());
		form.evidenceAndImpact = PlanForm.nullToEmpty(view.evidenceAndImpact());
		view.measures().forEach(m -> form.measures.add(MeasureRow.of(m)));
		view.subActions().forEach(s -> form.subActions.add(SubActionRow.of(s)));
		form.version = view.version();
		form.addBlankRows();
		return form;
	}

	void addBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			this.measures.add(new MeasureRow());
			this.subActions.add(new SubActionRow());
		}
	}

	/**
	 * Checks what was typed and, when it is all good, gives the action's details.
	 */
	Optional<ActionDetails> validate(Errors errors) {
		if (this.number.isBlank()) {
			errors.rejectValue("number", "required", "Enter the action's number, like 1.1");
		}
		else if (!this.number.trim().matches("\\d{1,3}(\\.\\d{1,3}){1,2}")) {
			errors.rejectValue("number", "invalid", "Action number must be numbers with a dot, like 1.1");
		}
		if (this.outcome.isBlank()) {
			errors.rejectValue("outcome", "required", "Enter the outcome the action aims at");
		}
		else if (this.outcome.trim().length() > PlanLimits.ACTION_TEXT) {
			errors.rejectValue("outcome", "length", "Outcome must be " + PlanLimits.ACTION_TEXT + " characters or fewer");
		}
		if (this.action.isBlank()) {
			errors.rejectValue("action", "required", "Enter what will be done");
		}
		else if (this.action.trim().length() > PlanLimits.ACTION_TEXT) {
			errors.rejectValue("action", "length", "Action must be " + PlanLimits.ACTION_TEXT + " characters or fewer");
		}
		Optional<PlanDate> startDate = PlanDates.read(this.start);
		if (startDate == null) {
			errors.rejectValue("start", "invalid", this.start.error("Start", "Start must be a real date or month"));
		}
		Optional<PlanDate> endDate = PlanDates.read(this.end);
		if (endDate == null) {
			errors.rejectValue("end", "invalid", this.end.error("End", "End must be a real date or month"));
		}
		if (startDate != null && endDate != null && startDate.isPresent() && endDate.isPresent()
				&& endDate.get().lastDay().isBefore(startDate.get().date())) {
			errors.rejectValue("end", "order", "End must be the same as or after the start");
		}
		if (this.phase.length() > 100) {
			errors.rejectValue("phase", "length", "Phase must be 100 characters or fewer");
		}
		if (!this.leads.stream().allMatch(id -> id.matches("\\d{1,18}"))) {
			errors.rejectValue("leads", "invalid", "Select the leads from the list");
		}
		if (!this.leadOrganisations.stream().allMatch(id -> id.matches("\\d{1,18}"))) {
			errors.rejectValue("leadOrganisations", "invalid", "Select the lead organisations from the list");
		}
		if (this.evidenceAndImpact.trim().length() > PlanLimits.EVIDENCE_AND_IMPACT) {
			errors.rejectValue("evidenceAndImpact", "length",
					"Evidence and impact must be " + PlanLimits.EVIDENCE_AND_IMPACT + " characters or fewer");
		}
		if (this.measures.stream().filter(row -> !row.isBlank()).count() > MAX_ROWS) {
			errors.reject("measures", "An action can have up to " + MAX_ROWS + " measures of success");
		}
		if (this.subActions.stream().filter(row -> !row.isBlank()).count() > MAX_ROWS) {
			errors.reject("subActions", "An action can have up to " + MAX_ROWS + " sub-actions");
		}
		if (!this.measures.stream().allMatch(row -> validId(row.getId()))
				|| !this.subActions.stream().allMatch(row -> validId(row.getId()))) {
			errors.reject("changed", FORM_CHANGED);
		}
		List<MeasureDetails> measureDetails = new ArrayList<>();
		for (int i = 0; i < this.measures.size(); i++) {
			this.measures.get(i).validate(errors, "measures[" + i + "]").ifPresent(measureDetails::add);
		}
		List<SubActionDetails> subActionDetails = new ArrayList<>();
		for (int i = 0; i < this.subActions.size(); i++) {
			this.subActions.get(i).validate(errors, "subActions[" + i + "]").ifPresent(subActionDetails::add);
		}
		java.util.Set<String> labels = new java.util.HashSet<>();
		for (int i = 0; i < this.subActions.size(); i++) {
			String label = this.subActions.get(i).getLabel().trim().toUpperCase(java.util.Locale.ROOT);
			if (!label.isEmpty() && !labels.add(label)) {
				errors.rejectValue("subActions[" + i + "].label", "duplicate", "Give each sub-action a different letter");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ActionDetails(this.number.trim(), this.outcome.trim(), this.action.trim(),
				startDate.orElse(null), endDate.orElse(null), PlanForm.blankToNull(this.phase),
				this.leads.stream().map(Long::valueOf).toList(),
				this.leadOrganisations.stream().map(Long::valueOf).toList(), measureDetails,
				PlanForm.blankToNull(this.evidenceAndImpact), subActionDetails));
	}

	/**
	 * The row of the measure with this id, or -1 when the form has none.
	 */
	int measureRow(long measureId) {
		for (int i = 0; i < this.measures.size(); i++) {
			if (String.valueOf(measureId).equals(this.measures.get(i).getId().trim())) {
				return i;
			}
		}
		return -1;
	}

	private static boolean validId(String id) {
		return id == null || id.isBlank() || id.trim().matches("\\d{1,18}");
	}

	/**
	 * The id of a row as sent (a hidden field), or null for a new row (or one that is not a number, which validate
	 * refuses).
	 */
	private static Long id(String id) {
		return id == null || id.isBlank() || !validId(id) ? null : Long.valueOf(id.trim());
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public DateParts getStart() {
		return this.start;
	}

	public void setStart(DateParts start) {
		this.start = start;
	}

	public DateParts getEnd() {
		return this.end;
	}

	public void setEnd(DateParts end) {
		this.end = end;
	}

	public String getPhase() {
		return this.phase;
	}

	public void setPhase(String phase) {
		this.phase = phase;
	}

	public List<String> getLeads() {
		return this.leads;
	}

	public void setLeads(List<String> leads) {
		this.leads = leads;
	}

	public List<String> getLeadOrganisations() {
		return this.leadOrganisations;
	}

	public void setLeadOrganisations(List<String> leadOrganisations) {
		this.leadOrganisations = leadOrganisations;
	}

	public String getEvidenceAndImpact() {
		return this.evidenceAndImpact;
	}

	public void setEvidenceAndImpact(String evidenceAndImpact) {
		this.evidenceAndImpact = evidenceAndImpact;
	}

	public List<MeasureRow> getMeasures() {
		return this.measures;
	}

	public void setMeasures(List<MeasureRow> measures) {
		this.measures = measures;
	}

	public List<SubActionRow> getSubActions() {
		return this.subActions;
	}

	public void setSubActions(List<SubActionRow> subActions) {
		this.subActions = subActions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * A measure of success: its wording and, optionally, a numeric target from a baseline by a month.
	 */
	public static class MeasureRow {

		private String id = "";

		private String text = "";

		private String baseline = "";

		private String target = "";

		private String unit = "";

		private DateParts targetMonth = new DateParts();

		static MeasureRow of(MeasureView view) {
			MeasureRow row = new MeasureRow();
			row.id = String.valueOf(view.id());
			row.text = view.text();
			row.baseline = view.baseline() == null ? "" : view.baseline().stripTrailingZeros().toPlainString();
			row.target = view.target() == null ? "" : view.target().stripTrailingZeros().toPlainString();
			row.unit = PlanForm.nullToEmpty(view.unit());
			row.targetMonth = view.targetMonth() == null ? new DateParts()
					: PlanDates.parts(PlanDate.ofMonth(view.targetMonth()));
			return row;
		}

		boolean isBlank() {
			return this.text.isBlank() && this.baseline.isBlank() && this.target.isBlank() && this.unit.isBlank()
					&& this.targetMonth.isBlank();
		}

		Optional<MeasureDetails> validate(Errors errors, String path) {
			if (isBlank()) {
				return Optional.empty();
			}
			if (this.text.isBlank()) {
				errors.rejectValue(path + ".text", "required", "Enter the measure of success");
			}
			else if (this.text.trim().length() > PlanLimits.ACTION_TEXT) {
				errors.rejectValue(path + ".text", "length", "Measure of success must be " + PlanLimits.ACTION_TEXT
						+ " characters or fewer");
			}
			BigDecimal baselineValue = number(errors, path + ".baseline", this.baseline, "Baseline");
			BigDecimal targetValue = number(errors, path + ".target", this.target, "Target");
			if (this.unit.length() > 20) {
				errors.rejectValue(path + ".unit", "length", "Unit must be 20 characters or fewer");
			}
			java.time.YearMonth month = null;
			if (!this.targetMonth.isBlank()) {
				month = this.targetMonth.toYearMonth().orElse(null);
				if (month == null) {
					errors.rejectValue(path + ".targetMonth", "invalid",
							this.targetMonth.error("Target month", "Target month must be a real month"));
				}
			}
			return Optional.of(new MeasureDetails(id(this.id), this.text.trim(), baselineValue, targetValue,
					PlanForm.blankToNull(this.unit), month));
		}

		private static BigDecimal number(Errors errors, String path, String text, String name) {
			if (text.isBlank()) {
				return null;
			}
			BigDecimal number;
			try {
				number = new BigDecimal(text.trim().replace("%", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				errors.rejectValue(path, "invalid", name + " must be a number, like 90");
				return null;
			}
			Optional<String> problem = PlanLimits.measureValueProblem(number, name);
			problem.ifPresent(message -> errors.rejectValue(path, "range", message));
			return problem.isPresent() ? null : number;
		}

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getBaseline() {
			return this.baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public DateParts getTargetMonth() {
			return this.targetMonth;
		}

		public void setTargetMonth(DateParts targetMonth) {
			this.targetMonth = targetMonth;
		}

	}

	/**
	 * A lettered part of the action ("(A)") with its own dates.
	 */
	public static class SubActionRow {

		private String id = "";

		private String label = "";

		private String text = "";

		private DateParts start = new DateParts();

		private DateParts end = new DateParts();

		private String phase = "";

		static SubActionRow of(SubActionView view) {
			SubActionRow row = new SubActionRow();
			row.id = String.valueOf(view.id());
			row.label = view.label();
			row.text = view.text();
			row.start = PlanDates.parts(view.start());
			row.end = PlanDates.parts(view.end());
			row.phase = PlanForm.nullToEmpty(view.phase());
			return row;
		}

		boolean isBlank() {
			return this.label.isBlank() && this.text.isBlank() && this.start.isBlank() && this.end.isBlank()
					&& this.phase.isBlank();
		}

		Optional<SubActionDetails> validate(Errors errors, String path) {
			if (isBlank()) {
				return Optional.empty();
			}
			if (!this.label.trim().matches("[A-Za-z]{1,3}")) {
				errors.rejectValue(path + ".label", "invalid", "Enter the sub-action's letter, like A");
			}
			if (this.text.isBlank()) {
				errors.rejectValue(path + ".text", "required", "Enter what the sub-action will do");
			}
			else if (this.text.trim().length() > PlanLimits.ACTION_TEXT) {
				errors.rejectValue(path + ".text", "length",
						"What the sub-action will do must be " + PlanLimits.ACTION_TEXT + " characters or fewer");
			}
			if (this.phase.length() > 100) {
				errors.rejectValue(path + ".phase", "length", "Sub-action phase must be 100 characters or fewer");
			}
			Optional<PlanDate> startDate = PlanDates.read(this.start);
			if (startDate == null) {
				errors.rejectValue(path + ".start", "invalid",
						this.start.error("Sub-action start", "Sub-action start must be a real date or month"));
			}
			Optional<PlanDate> endDate = PlanDates.read(this.end);
			if (endDate == null) {
				errors.rejectValue(path + ".end", "invalid",
						this.end.error("Sub-action end", "Sub-action end must be a real date or month"));
			}
			if (startDate == null || endDate == null) {
				return Optional.empty();
			}
			return Optional.of(new SubActionDetails(id(this.id), this.label.trim().toUpperCase(java.util.Locale.ROOT),
					this.text.trim(), startDate.orElse(null), endDate.orElse(null), PlanForm.blankToNull(this.phase)));
		}

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public DateParts getStart() {
			return this.start;
		}

		public void setStart(DateParts start) {
			this.start = start;
		}

		public DateParts getEnd() {
			return this.end;
		}

		public void setEnd(DateParts end) {
			this.end = end;
		}

		public String getPhase() {
			return this.phase;
		}

		public void setPhase(String phase) {
			this.phase = phase;
		}

	}

}
