package org.wsoatracker.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.wsoatracker.shared.error.ServiceBusyException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * A report or board pack as a tagged PDF (PDF/UA where the library can), from the same paper template the screen
 * shows, with Liberation Sans embedded. The renderer fetches nothing: every resource it could ask for is refused.
 * <p>
 * Rendering takes seconds of CPU, so it is bounded: at most {@code wsoa.pdf.max-concurrent} renders run at once; a
 * render that finds them all taken waits up to {@code wsoa.pdf.wait-seconds} for one to finish and is otherwise refused
 * with {@link ServiceBusyException} (the "service is busy" page), having read nothing. A render that runs longer than
 * {@code wsoa.pdf.time-limit-seconds} is stopped with {@link TimeLimitExceeded} (the failure page). A render never runs
 * inside a transaction, so it holds no database connection however long it takes: what it shows is read first, as
 * records, in transactions of its own that end before the layout starts. Each layout is observed as
 * {@value #OBSERVATION} (a timer, tagged with its kind).
 */
@Component
class ReportPdf {

	static final String OBSERVATION = "wsoa.pdf.render";

	private static final String FONT = "Liberation Sans";

	private final ITemplateEngine templates;

	private final ObservationRegistry observations;

	private final Semaphore renders;

	private final long waitSeconds;

	private final Duration timeLimit;

	private final String stylesheet;

	private final byte[] regular = bytes("liberation/LiberationSans-Regular.ttf");

	private final byte[] bold = bytes("liberation/LiberationSans-Bold.ttf");

	private final byte[] italic = bytes("liberation/LiberationSans-Italic.ttf");

	static {
		XRLog.setLoggerImpl(new Slf4jLogger()); // the renderer's log through the application's logging
	}

	ReportPdf(ITemplateEngine templates, ObservationRegistry observations,
			@Value("${wsoa.pdf.max-concurrent}") int maxConcurrent, @Value("${wsoa.pdf.wait-seconds}") long waitSeconds,
			@Value("${wsoa.pdf.time-limit-seconds}") long timeLimitSeconds) {
		Assert.isTrue(maxConcurrent > 0, "wsoa.pdf.max-concurrent must be at least 1");
		Assert.isTrue(waitSeconds >= 0, "wsoa.pdf.wait-seconds must not be negative");
		Assert.isTrue(timeLimitSeconds > 0, "wsoa.pdf.time-limit-seconds must be at least 1");
		this.templates = templates;
		this.observations = observations;
		this.renders = new Semaphore(maxConcurrent, true);
		this.waitSeconds = waitSeconds;
		this.timeLimit = Duration.ofSeconds(timeLimitSeconds);
		this.stylesheet = new String(bytes("report/pdf.css"), StandardCharsets.UTF_8);
	}

	/**
	 * @param kind what is rendered, for the observation: "board-pack" or "published-report"
	 * @param read reads what the report/pdf template needs — report (ReportContent), published (text or null), title —
	 * once the render has its place
	 * @throws ServiceBusyException when no render finished within the wait
	 * @throws TimeLimitExceeded when the render ran out of time
	 */
	byte[] render(String kind, Supplier<Map<String, Object>> read) {
		Assert.state(!TransactionSynchronizationManager.isSynchronizationActive(),
				"A PDF is rendered outside any transaction, so that it holds no database connection");
		try {
			if (!this.renders.tryAcquire(this.waitSeconds, TimeUnit.SECONDS)) {
				throw new ServiceBusyException(
						"No PDF render finished within the wait of " + this.waitSeconds + " s to make room for this one");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException("Interrupted while waiting to render a PDF");
		}
		try {
			Map<String, Object> variables = read.get();
			return Observation.createNotStarted(OBSERVATION, this.observations)
				.lowCardinalityKeyValue("kind", kind)
				.observe(() -> layOut(variables));
		}
		finally {
			this.renders.release();
		}
	}

	private byte[] layOut(Map<String, Object> variables) {
		Deadline deadline = new Deadline(this.timeLimit);
		Context context = new Context(Locale.UK, variables);
		context.setVariable("stylesheet", this.stylesheet);
		String html = this.templates.process("report/pdf", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.italic), FONT, 400, FontStyle.ITALIC, true);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.useUnicodeLineBreaker(deadline);
			builder.usePageSupplier(deadline);
			builder.withProducer("WSOA Tracker");
			builder.withW3cDocument(W3CDom.convert(withBookmarks(Jsoup.parse(html))), "about:blank");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The document with a PDF bookmark (outline entry) for each of its h1 and h2 headings, in their order, so that a
	 * reader can move through the PDF by its sections; a heading without an id is given one.
	 */
	static org.jsoup.nodes.Document withBookmarks(org.jsoup.nodes.Document document) {
		org.jsoup.nodes.Element bookmarks = document.head().appendElement("bookmarks");
		int n = 0;
		for (org.jsoup.nodes.Element heading : document.body().select("h1, h2")) {
			if (heading.id().isEmpty()) {
				heading.id("section-" + (++n));
			}
			bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
		}
		return document;
	}

	/**
	 * The end of a render's time. The renderer can be neither interrupted nor given a timeout, but while it lays text
	 * out it asks its line breaker for every break, and while it writes the PDF it asks its page supplier for every
	 * page. Both are this, doing what the renderer's own do and checking the time first, so that a render stops within
	 * a fraction of a second of its limit.
	 */
	private static final class Deadline implements FSTextBreaker, PageSupplier {

		private final Duration limit;

		private final long end;

		private final FSTextBreaker lines = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));

		Deadline(Duration limit) {
			this.limit = limit;
			this.end = System.nanoTime() + limit.toNanos();
		}

		@Override
		public void setText(String text) {
			check();
			this.lines.setText(text);
		}

		@Override
		public int next() {
			check();
			return this.lines.next();
		}

		@Override
		public PDPage requestPage(PDDocument document, float width, float height, int pageNumber,
				int shadowPageNumber) {
			check();
			PDPage page = new PDPage(new PDRectangle(width, height));
			document.addPage(page);
			return page;
		}

		private void check() {
			if (System.nanoTime() - this.end > 0) {
				throw new TimeLimitExceeded("The PDF was stopped at its time limit of " + this.limit.toSeconds() + " s");
			}
		}

	}

	/**
	 * A render stopped for running out of time: a failure, logged with the request's reference and shown as the
	 * failure page.
	 */
	static final class TimeLimitExceeded extends RuntimeException {

		TimeLimitExceeded(String message) {
			super(message);
		}

	}

	private static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
