package org.wsoatracker.plan;

import java.util.List;

import org.wsoatracker.shared.error.ConflictException;

/**
 * A change of an action refused because it would remove measures that have actual values reported against them:
 * their history must stay as it was reported. Names each measure, so a form can say it beside that measure.
 */
public class ReportedMeasuresException extends ConflictException {

	private final List<MeasureView> measures;

	ReportedMeasuresException(List<MeasureView> measures) {
		super(measures.stream().map(ReportedMeasuresException::reason).reduce((a, b) -> a + " " + b).orElseThrow());
		this.measures = List.copyOf(measures);
	}

	/**
	 * The measures the change would have removed.
	 */
	public List<MeasureView> measures() {
		return this.measures;
	}

	/**
	 * Why this measure cannot be removed, naming it by its wording.
	 */
	public static String reason(MeasureView measure) {
		String text = measure.text().length() > 120 ? measure.text().substring(0, 119).stripTrailing() + "…"
				: measure.text();
		return "Measure “" + text + "” has actual values reported in progress updates, so it cannot be"
				+ " removed. Its history must stay as it was reported: change its wording instead.";
	}

}
