package org.wsoatracker.plan;

/**
 * How an inspection ended, in the words of its framework: which outcome goes with which kind of inspection is
 * {@link InspectionFramework#allows}.
 */
public enum InspectionOutcome {

	WRITTEN_STATEMENT_REQUIRED("Written statement of action required", InspectionFramework.Edition.FRAMEWORK_2016),
	NO_WRITTEN_STATEMENT("No written statement of action required", InspectionFramework.Edition.FRAMEWORK_2016),
	POSITIVE_EXPERIENCES("Positive experiences and outcomes", InspectionFramework.Edition.FRAMEWORK_2023),
	INCONSISTENT_EXPERIENCES("Inconsistent experiences and outcomes", InspectionFramework.Edition.FRAMEWORK_2023),
	WIDESPREAD_OR_SYSTEMIC_FAILINGS("Widespread and/or systemic failings", InspectionFramework.Edition.FRAMEWORK_2023);

	private final String label;

	private final InspectionFramework.Edition edition;

	InspectionOutcome(String label, InspectionFramework.Edition edition) {
		this.label = label;
		this.edition = edition;
	}

	public String label() {
		return this.label;
	}

	InspectionFramework.Edition edition() {
		return this.edition;
	}

}
