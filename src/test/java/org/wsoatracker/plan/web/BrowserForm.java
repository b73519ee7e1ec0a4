package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A form of a page, sent back as a browser sends it: every field the page holds with its value (ticked checkboxes
 * only, in the page's order, hidden fields and the CSRF token included), with the changes a test makes as a person
 * would make them.
 */
final class BrowserForm {

	private final String action;

	private final List<String[]> fields = new ArrayList<>();

	private BrowserForm(String action) {
		this.action = action;
	}

	/**
	 * The page's form that posts (the first one in the main content).
	 */
	static BrowserForm of(Document page) {
		Element form = page.selectFirst("main form[method=post]");
		if (!(form instanceof FormElement formElement)) {
			throw new AssertionError("The page has no form: " + page.title());
		}
		BrowserForm browserForm = new BrowserForm(form.attr("action"));
		formElement.formData().forEach(field -> browserForm.fields.add(new String[] { field.key(), field.value() }));
		return browserForm;
	}

	/**
	 * The value of the field as the page filled it in, or null when the form would not send it.
	 */
	String value(String name) {
		return this.fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).findFirst().orElse(null);
	}

	/**
	 * The values of a field sent more than once (ticked checkboxes), in the order the browser sends them.
	 */
	List<String> values(String name) {
		return this.fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).toList();
	}

	/**
	 * Types into a field (or clears it with ""), keeping its place in the form.
	 */
	BrowserForm set(String name, String value) {
		for (String[] field : this.fields) {
			if (field[0].equals(name)) {
				field[1] = value;
				return this;
			}
		}
		this.fields.add(new String[] { name, value });
		return this;
	}

	/**
	 * Sends these values for a field sent more than once (ticked checkboxes), in this order.
	 */
	BrowserForm setAll(String name, String... values) {
		this.fields.removeIf(f -> f[0].equals(name));
		Arrays.stream(values).forEach(value -> this.fields.add(new String[] { name, value }));
		return this;
	}

	/**
	 * Clears every field whose name starts with the prefix (a row of measures, say), as a person emptying it would.
	 * Hidden fields stay as they are: a person cannot change them.
	 */
	BrowserForm clearAllStartingWith(String prefix, String... keep) {
		List<String> kept = Arrays.asList(keep);
		for (String[] field : this.fields) {
			if (field[0].startsWith(prefix) && !kept.contains(field[0])) {
				field[1] = "";
			}
		}
		return this;
	}

	MockHttpServletRequestBuilder request() {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(this.action);
		for (String[] field : this.fields) {
			request = request.param(field[0], field[1]);
		}
		return request;
	}

}
