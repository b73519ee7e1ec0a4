package org.wsoatracker.shared.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The years a date in the service may fall in: far wider than any plan's (the first area SEND inspections were in
 * 2016), narrow enough that a mistyped year ("20", "0", "9999") is refused rather than saved. Every date typed in a
 * form or read from an imported plan is checked against them, and the database's check constraints
 * (V25__bound_text_and_numbers.sql) hold the same bounds.
 */
public final class Years {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	private Years() {
	}

	public static boolean contain(int year) {
		return year >= FIRST && year <= LAST;
	}

	public static boolean contain(LocalDate date) {
		return contain(date.getYear());
	}

	public static boolean contain(YearMonth month) {
		return contain(month.getYear());
	}

	/**
	 * The error for a date whose year is outside them, naming the field: "Start must be in a year between 2000 and
	 * 2100".
	 */
	public static String outside(String name) {
		return name + " must be in a year between " + FIRST + " and " + LAST;
	}

}
