package org.wsoatracker.plan;

/**
 * An area of a plan that answers an area of weakness: the reason the weakness may not be deleted.
 */
public record AnsweringArea(long planId, String planTitle, int areaNumber) {

	/**
	 * As a sentence needs it: "area 2 of York written statement of action".
	 */
	public String describe() {
		return "area " + this.areaNumber + " of " + this.planTitle;
	}

}
