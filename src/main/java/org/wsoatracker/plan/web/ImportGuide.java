package org.wsoatracker.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The guide to the plan table, {@code docs/import-template.md} (packaged as {@code guides/import-template.md}), as
 * HTML in GOV.UK's classes: read and rendered once. Any HTML written in the guide is shown as text, never run.
 */
@Component
class ImportGuide {

	static final String SOURCE = "guides/import-template.md";

	private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("h1", "govuk-heading-l"),
			Map.entry("h2", "govuk-heading-m"), Map.entry("h3", "govuk-heading-s"), Map.entry("h4", "govuk-heading-s"),
			Map.entry("p", "govuk-body"), Map.entry("a", "govuk-link"), Map.entry("ul", "govuk-list govuk-list--bullet"),
			Map.entry("ol", "govuk-list govuk-list--number"), Map.entry("table", "govuk-table"),
			Map.entry("thead", "govuk-table__head"), Map.entry("tbody", "govuk-table__body"),
			Map.entry("tr", "govuk-table__row"), Map.entry("th", "govuk-table__header"),
			Map.entry("td", "govuk-table__cell"));

	/**
	 * The guide's title (its first heading) and its body as HTML.
	 */
	record Page(String title, String html) {
	}

	private final Page page;

	ImportGuide() {
		String markdown;
		try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The import guide " + SOURCE + " is missing from the build", ex);
		}
		List<Extension> extensions = List.of(TablesExtension.create());
		Node document = Parser.builder().extensions(extensions).build().parse(markdown);
		String html = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> (node, tagName, attributes) -> {
				String classes = CLASSES.get(tagName);
				if (classes != null) {
					attributes.put("class", classes);
				}
				if ("table".equals(tagName)) {
					attributes.put("class", "govuk-table app-guide-table");
				}
			})
			.build()
			.render(document);
		this.page = new Page(title(document), inScrollingRegions(html));
	}

	/**
	 * Each table in a labelled, focusable scrolling region (as shared/table-scroll.html puts the service's own), so
	 * that on a narrow screen the table scrolls and the page does not.
	 */
	private static String inScrollingRegions(String html) {
		StringBuilder out = new StringBuilder();
		int count = 0;
		int from = 0;
		for (int start = html.indexOf("<table", from); start >= 0; start = html.indexOf("<table", from)) {
			int end = html.indexOf("</table>", start) + "</table>".length();
			count++;
			out.append(html, from, start)
				.append("<div class=\"app-table-scroll\" role=\"region\" aria-label=\"Table ")
				.append(count)
				.append(" of the guide\" tabindex=\"0\">")
				.append(html, start, end)
				.append("</div>");
			from = end;
		}
		return out.append(html, from, html.length()).toString();
	}

	Page page() {
		return this.page;
	}

	private static String title(Node document) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getLevel() == 1 && heading.getFirstChild() instanceof Text text) {
				return text.getLiteral();
			}
		}
		return "How to fill in the plan table";
	}

}
