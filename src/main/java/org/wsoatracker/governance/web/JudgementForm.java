package org.wsoatracker.governance.web;

import org.wsoatracker.governance.Judgement;
import org.wsoatracker.governance.RevisitView;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * The inspectors' judgement of one area of weakness, as typed.
 */
public class JudgementForm {

	private String judgement;

	private String inspectorsWords = "";

	private String version = "";

	static JudgementForm of(RevisitView revisit, RevisitView.WeaknessJudgement current) {
		JudgementForm form = new JudgementForm();
		form.judgement = current.judgement() == null ? null : current.judgement().name();
		form.inspectorsWords = current.inspectorsWords() == null ? "" : current.inspectorsWords();
		form.version = String.valueOf(revisit.version());
		return form;
	}

	/**
	 * The judgement chosen, or null when the form has errors; {@link #words()} then gives the inspectors' words.
	 */
	Judgement toCommand(Errors errors) {
		Judgement chosen = FormFields.choice(errors, "judgement", Judgement.class, this.judgement,
				"Select sufficient progress or not sufficient progress");
		FormFields.text(errors, "inspectorsWords", this.inspectorsWords, "Enter what the inspectors said",
				"What the inspectors said", PlanLimits.LETTER_TEXT);
		return errors.hasErrors() ? null : chosen;
	}

	String words() {
		return FormFields.trim(this.inspectorsWords);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getJudgement() {
		return this.judgement;
	}

	public void setJudgement(String judgement) {
		this.judgement = judgement;
	}

	public String getInspectorsWords() {
		return this.inspectorsWords;
	}

	public void setInspectorsWords(String inspectorsWords) {
		this.inspectorsWords = inspectorsWords;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
