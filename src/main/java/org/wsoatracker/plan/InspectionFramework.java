package org.wsoatracker.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The kind of inspection, and the framework it belongs to. The one rule of which outcomes a kind of inspection may
 * end in ({@link #allows}): the inspection form refuses any other on its field, the inspection service refuses it, and
 * the database's check constraint {@code inspection_outcome_of_its_framework} (V30) holds the same pairs, which a test
 * compares with this rule pair by pair.
 */
public enum InspectionFramework {

	JOINT_LOCAL_AREA_SEND_2016("Joint local area SEND inspection (2016 framework)", Edition.FRAMEWORK_2016),
	AREA_SEND_2023("Area SEND inspection (2023 framework)", Edition.FRAMEWORK_2023),
	REVISIT("Revisit", Edition.FRAMEWORK_2016), MONITORING("Monitoring inspection", Edition.FRAMEWORK_2023);

	private final String label;

	private final Edition edition;

	InspectionFramework(String label, Edition edition) {
		this.label = label;
		this.edition = edition;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether an inspection of this kind may end in this outcome: the 2016 framework's two outcomes (written statement
	 * of action required or not) for a 2016 inspection or revisit, the 2023 framework's three for a 2023 inspection or
	 * monitoring inspection.
	 */
	public boolean allows(InspectionOutcome outcome) {
		return outcome != null && outcome.edition() == this.edition;
	}

	/**
	 * The outcomes this kind of inspection may end in.
	 */
	public List<InspectionOutcome> outcomes() {
		return Arrays.stream(InspectionOutcome.values()).filter(this::allows).toList();
	}

	/**
	 * Whether the inspection's weaknesses are typed as areas for priority action or areas for improvement: the 2023
	 * framework's.
	 */
	public boolean typesWeaknesses() {
		return this.edition == Edition.FRAMEWORK_2023;
	}

	/**
	 * The short name of the framework, for messages: "2016 framework".
	 */
	public String frameworkName() {
		return this.edition.label;
	}

	/**
	 * The two inspection frameworks.
	 */
	enum Edition {

		FRAMEWORK_2016("2016 framework"), FRAMEWORK_2023("2023 framework");

		private final String label;

		Edition(String label) {
			this.label = label;
		}

	}

}
