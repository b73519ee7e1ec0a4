package org.wsoatracker.plan;

/**
 * An area of weakness of an inspection; kind is null for a 2016-framework area of significant weakness.
 */
public record WeaknessView(long id, int number, String text, WeaknessKind kind) {

	/**
	 * "Area of weakness 2", "Area for priority action 1".
	 */
	public String name() {
		return (this.kind == null ? "Area of weakness" : this.kind.label()) + " " + this.number;
	}

}
