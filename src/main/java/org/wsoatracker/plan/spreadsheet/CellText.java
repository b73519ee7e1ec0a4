package org.wsoatracker.plan.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.wsoatracker.plan.PlanDate;

/**
 * How values are written into cells and read back from them.
 */
final class CellText {

	private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			pattern("d/M/uuuu", Locale.UK), pattern("d MMMM uuuu", Locale.UK), pattern("d MMM uuuu", Locale.ENGLISH));

	private static final List<DateTimeFormatter> MONTHS = List.of(pattern("uuuu-MM", Locale.UK),
			pattern("MMMM uuuu", Locale.UK), pattern("MMM uuuu", Locale.ENGLISH), pattern("M/uuuu", Locale.UK));

	private CellText() {
	}

	/**
	 * "Sept", as people (and some locales) abbreviate September, read as "Sep".
	 */
	private static final Pattern SEPT = Pattern.compile("\\bsept\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Reads a date as people write it in a plan: "2020-02-18", "18/02/2020", "18 February 2020" or "18 Sept 2020" as
	 * a day; "2020-09", "September 2020", "Sep 2020", "Sept 2020", "09/2020" or "9/2020" as a month (upper or lower
	 * case). A real date cell of a workbook reaches here as ISO text ({@link SheetReader}). This is the one place that
	 * reads dates of the plan table.
	 */
	static Optional<PlanDate> date(String text) {
		String trimmed = SEPT.matcher(text.trim().replaceAll("\\s+", " ")).replaceAll("Sep");
		for (DateTimeFormatter format : DAYS) {
			try {
				return Optional.of(PlanDate.ofDay(LocalDate.parse(trimmed, format)));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		for (DateTimeFormatter format : MONTHS) {
			try {
				return Optional.of(PlanDate.ofMonth(YearMonth.parse(trimmed, format)));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return Optional.empty();
	}

	/**
	 * A number as written in the plan table: no exponent, no trailing zeros ("90", "12.5").
	 */
	static String number(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static DateTimeFormatter pattern(String pattern, Locale locale) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(locale)
			.withResolverStyle(ResolverStyle.STRICT);
	}

}
