package org.wsoatracker.plan;

public enum InspectionFramework {

	JOINT_LOCAL_AREA_SEND_2016("Joint local area SEND inspection (2016 framework)"),
	AREA_SEND_2023("Area SEND inspection (2023 framework)"), REVISIT("Revisit"),
	MONITORING("Monitoring inspection");

	private final String label;

	InspectionFramework(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
