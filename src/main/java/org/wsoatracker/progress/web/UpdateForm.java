package org.wsoatracker.progress.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A lead's update as typed. Actual values are keyed by measure id, as text. {@code version} says what the person saw
 * when the form was opened: the version of the update, or {@value #NO_UPDATE_YET} when there was none yet; a form
 * that says neither comes from an out-of-date page. {@code period} is the reporting period the form was opened for.
 */
public class UpdateForm {

	static final String NO_UPDATE_YET = "none";

	/**
	 * The longest account of what was done, or of what happens next (the database holds the same bound).
	 */
	static final int NARRATIVE = 20_000;

	/**
	 * The longest title of a piece of evidence (the database's column).
	 */
	static final int EVIDENCE_TITLE = 300;

	private String status;

	private String confidence = "";

	private String done = "";

	private String nextSteps = "";

	private Map<String, String> actuals = new HashMap<>();

	private String linkTitle = "";

	private String linkUrl = "";

	private String fileTitle = "";

	private MultipartFile file;

	private String version;

	private Long period;

	/**
	 * A blank form, for an action that has no update for the current period yet.
	 */
	static UpdateForm blank() {
		UpdateForm form = new UpdateForm();
		form.version = NO_UPDATE_YET;
		return form;
	}

	static UpdateForm of(UpdateView update) {
		UpdateForm form = new UpdateForm();
		form.status = update.statusCode();
		form.confidence = update.confidence() == null ? "" : update.confidence().name();
		form.done = update.done();
		form.nextSteps = update.nextSteps();
		update.actuals().forEach((id, value) -> form.actuals.put(String.valueOf(id), value.stripTrailingZeros().toPlainString()));
		form.version = String.valueOf(update.version());
		return form;
	}

	/**
	 * Whether the form says what the person saw: a version, or that there was no update yet.
	 */
	boolean saysWhatWasSeen() {
		return NO_UPDATE_YET.equals(this.version) || (this.version != null && this.version.matches("[0-9]{1,18}"));
	}

	/**
	 * The version of the update the person saw, or null when they saw none. Only when {@link #saysWhatWasSeen()}.
	 */
	Long seenVersion() {
		return NO_UPDATE_YET.equals(this.version) ? null : Long.valueOf(this.version);
	}

	/**
	 * Whether the form was opened for this reporting period. A form that does not say (one opened before forms said
	 * so) is taken to be: its version still has to match.
	 */
	boolean isForPeriod(Long periodId) {
		return this.period == null || this.period.equals(periodId);
	}

	/**
	 * From now on the form stands for the update as it is now, in the current period: the person has seen it on the
	 * page.
	 */
	void seen(UpdateView update, Long currentPeriod) {
		this.version = update == null ? NO_UPDATE_YET : String.valueOf(update.version());
		this.period = currentPeriod;
	}

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

	Optional<UpdateCommand> validate(Errors errors, ScaleView scale, List<MeasureView> measures) {
		if (this.status == null || scale.steps().stream().noneMatch(step -> step.code().equals(this.status))) {
			errors.rejectValue("status", "required", "Select the action's progress status");
		}
		Rag confidenceRating = null;
		if (!this.confidence.isBlank()) {
			try {
				confidenceRating = Rag.valueOf(this.confidence);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("confidence", "invalid", "Select a delivery confidence rating");
			}
		}
		if (this.done.isBlank()) {
			errors.rejectValue("done", "required", "Enter what was done this period");
		}
		else if (this.done.trim().length() > NARRATIVE) {
			errors.rejectValue("done", "length", "What was done must be 20,000 characters or fewer");
		}
		if (this.nextSteps.isBlank()) {
			errors.rejectValue("nextSteps", "required", "Enter what happens next");
		}
		else if (this.nextSteps.trim().length() > NARRATIVE) {
			errors.rejectValue("nextSteps", "length", "What happens next must be 20,000 characters or fewer");
		}
		Map<Long, BigDecimal> values = new HashMap<>();
		for (MeasureView measure : measures) {
			String text = this.actuals.getOrDefault(String.valueOf(measure.id()), "");
			if (text.isBlank()) {
				continue;
			}
			String field = "actuals['" + measure.id() + "']";
			try {
				BigDecimal value = new BigDecimal(text.trim().replace("%", "").replace(",", ""));
				PlanLimits.measureValueProblem(value, "Actual value")
					.ifPresentOrElse(problem -> errors.rejectValue(field, "range", problem),
							() -> values.put(measure.id(), value));
			}
			catch (NumberFormatException ex) {
				errors.rejectValue(field, "invalid", "Actual value must be a number, like 85");
			}
		}
		if (!this.linkUrl.isBlank() && !this.linkUrl.trim().matches("(?i)https?://\\S+")) {
			errors.rejectValue("linkUrl", "invalid", "Enter a web address starting with https://");
		}
		if (!this.linkUrl.isBlank() && this.linkTitle.isBlank()) {
			errors.rejectValue("linkTitle", "required", "Enter a title for the link");
		}
		else if (this.linkTitle.trim().length() > EVIDENCE_TITLE) {
			errors.rejectValue("linkTitle", "length", "Link title must be " + EVIDENCE_TITLE + " characters or fewer");
		}
		if (this.fileTitle.trim().length() > EVIDENCE_TITLE) {
			errors.rejectValue("fileTitle", "length", "File title must be " + EVIDENCE_TITLE + " characters or fewer");
		}
		if (this.linkUrl.length() > 2000) {
			errors.rejectValue("linkUrl", "length", "Web address must be 2000 characters or fewer");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new UpdateCommand(this.status, confidenceRating, this.done.trim(), this.nextSteps.trim(), values));
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getConfidence() {
		return this.confidence;
	}

	public void setConfidence(String confidence) {
		this.confidence = confidence;
	}

	public String getDone() {
		return this.done;
	}

	public void setDone(String done) {
		this.done = done;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public Map<String, String> getActuals() {
		return this.actuals;
	}

	public void setActuals(Map<String, String> actuals) {
		this.actuals = actuals;
	}

	public String getLinkTitle() {
		return this.linkTitle;
	}

	public void setLinkTitle(String linkTitle) {
		this.linkTitle = linkTitle;
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public String getFileTitle() {
		return this.fileTitle;
	}

	public void setFileTitle(String fileTitle) {
		this.fileTitle = fileTitle;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public Long getPeriod() {
		return this.period;
	}

	public void setPeriod(Long period) {
		this.period = period;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
