package org.wsoatracker.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * What a hostile or careless sender puts into a form, as jqwik generators: text with control characters, text longer
 * than anything anyone writes, numbers out of every range and in every notation, dates with impossible parts, ids
 * that are not numbers or name another record, and field names no form has.
 */
final class HostileValues {

	/**
	 * How big jqwik's generated values may grow.
	 */
	private static final int GENERATION_SIZE = 1000;

	private final Random random;

	private final List<String> otherIds;

	HostileValues(Random random, List<String> otherIds) {
		this.random = random;
		this.otherIds = otherIds;
	}

	/**
	 * One value from the generator, drawn with this test's own source of randomness (so a seed repeats a run).
	 */
	<T> T next(Arbitrary<T> arbitrary) {
		return arbitrary.generator(GENERATION_SIZE, true).next(this.random).value();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> List<T> shuffled(List<T> items) {
		List<T> copy = new ArrayList<>(items);
		Collections.shuffle(copy, this.random);
		return copy;
	}

	/**
	 * A value for a field of this kind, or now and then a value meant for a field of another kind.
	 */
	String value(FieldKind kind) {
		FieldKind chosen = chance(0.25) ? FieldKind.values()[this.random.nextInt(FieldKind.values().length)] : kind;
		return next(switch (chosen) {
			case TEXT, FILE -> text();
			case NUMBER -> number();
			case DATE_PART -> datePart();
			case CHOICE -> choice();
		});
	}

	Arbitrary<String> text() {
		return Arbitraries.frequencyOf(
				// Control characters (NUL and the like) among ordinary letters
				weight(3, Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', 'a', 'Z', ' ')
					.ofMinLength(1).ofMaxLength(12)),
				// Anything at all, surrogates and right-to-left marks included
				weight(2, Arbitraries.strings().all().ofMaxLength(40)),
				// Just over each bound a field might have, and far over all of them
				weight(10, Arbitraries.of(21, 41, 101, 201, 301, 321, 1_001, 2_001, 5_001, 10_001, 20_001, 100_001,
						1_000_000).map(length -> "W".repeat(length))),
				weight(1, Arbitraries.of(5_001, 20_001).map(length -> "Ünïcödé ✓ ".repeat(length / 10 + 1))),
				weight(3, Arbitraries.of("", " ", "\t", "\r\n", "null", "undefined", "' or 1=1 --",
						"<script>alert(1)</script>", "${7*7}", "[[${7*7}]]", "%00", "_x0000_", "\uD800", "\uFEFF",
						"\u202Eevil", "😀".repeat(200), "a,b", "https://", "javascript:alert(1)")));
	}

	Arbitrary<String> number() {
		return Arbitraries.frequencyOf(
				weight(6, Arbitraries.of("1e12", "10^12", "1000000000000", "-1000000000000", "999999999999.99",
						"1000000000.01", "-1000000000.01", "1000000000", "-0", "NaN", "Infinity", "-Infinity", "0x1F",
						"1,000,000", "12.345", "1e-7", "1E+400", "+5", "٣", "9223372036854775808",
						"-9223372036854775809", "2147483648", "1_000", " 7 ", "5%", "%", ",", ".", "-", "0.001",
						"1" + "0".repeat(400))),
				weight(2, Arbitraries.bigDecimals()
					.between(new BigDecimal("-1e16"), new BigDecimal("1e16"))
					.ofScale(4)
					.map(BigDecimal::toString)),
				weight(2, Arbitraries.longs().map(String::valueOf)),
				weight(1, Arbitraries.doubles().map(String::valueOf)));
	}

	Arbitrary<String> datePart() {
		return Arbitraries.frequencyOf(
				weight(4, Arbitraries.of("0", "00", "-1", "1", "12", "13", "29", "30", "31", "32", "99", "999",
						"1999", "2000", "2100", "2101", "9999", "-999", "10000", "99999", "0000", "1e3", "２０２０", "")),
				weight(1, Arbitraries.integers().map(String::valueOf)));
	}

	Arbitrary<String> choice() {
		return Arbitraries.frequencyOf(
				weight(3, Arbitraries.of("abc", "-1", "0", "1.5", "9223372036854775807", "9223372036854775808", "",
						" ", "1e3", "0x10", "null", "true", "yes", "RED", "DRAFT", "ADMIN", "accept")),
				weight(3, Arbitraries.of(this.otherIds)),
				weight(1, Arbitraries.longs().map(String::valueOf)));
	}

	/**
	 * A field name no form has: an index or key on a field that has none, an index far past any list, a path into
	 * the form's class.
	 */
	String tamperedName(List<String> names) {
		String name = names.isEmpty() ? "version" : names.get(this.random.nextInt(names.size()));
		return next(Arbitraries.of(name + "[0]", name + "[99999]", name + "[-1]", name + "['x']", name + ".x",
				name + "[", name + "]", name + "..x", "version[0]", "measures[99999].text", "measures[256].text",
				"measures[0].targetMonth.year[1]", "subActions[300].label", "leads[100000]", "actuals['x']",
				"actuals[]", "actuals['1'].x", "start.day.x", "class.module.classLoader.x", "file[0]", "reviewPoint[9]",
				"weaknessIds[1000000]", "[0]", "", "x"));
	}

	/**
	 * The kinds of value a field takes, as far as its markup says.
	 */
	enum FieldKind {

		TEXT, NUMBER, DATE_PART, CHOICE, FILE

	}

	/**
	 * A generator with its weight, for {@link Arbitraries#frequencyOf}.
	 */
	private static Tuple2<Integer, Arbitrary<? extends String>> weight(int weight, Arbitrary<String> values) {
		return Tuple.of(weight, values);
	}

}
