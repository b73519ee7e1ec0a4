package org.wsoatracker.plan;

/**
 * What a 2023-framework inspection calls a weakness it found: an area for priority action (answered by a priority
 * action plan) or an area for improvement (answered by the updated strategic plan). A 2016-framework weakness has no
 * kind: it is an area of significant weakness.
 */
public enum WeaknessKind {

	AREA_FOR_PRIORITY_ACTION("Area for priority action"), AREA_FOR_IMPROVEMENT("Area for improvement");

	private final String label;

	WeaknessKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
