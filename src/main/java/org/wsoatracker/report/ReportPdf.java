package org.wsoatracker.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report or board pack as a tagged PDF (PDF/UA where the library can), from the same paper template the screen
 * shows, with Liberation Sans embedded. The renderer fetches nothing: every resource it could ask for is refused.
 */
@Component
class ReportPdf {

	private static final String FONT = "Liberation Sans";

	private final ITemplateEngine templates;

	private final String stylesheet;

	private final byte[] regular = bytes("liberation/LiberationSans-Regular.ttf");

	private final byte[] bold = bytes("liberation/LiberationSans-Bold.ttf");

	private final byte[] italic = bytes("liberation/LiberationSans-Italic.ttf");

	static {
		XRLog.setLoggerImpl(new Slf4jLogger()); // the renderer's log through the application's logging
	}

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
		this.stylesheet = new String(bytes("report/pdf.css"), StandardCharsets.UTF_8);
	}

	/**
	 * @param variables what the report/pdf template needs: report (ReportContent), published (text or null),
	 * title
	 */
	byte[] render(Map<String, Object> variables) {
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
			builder.withProducer("WSOA Tracker");
			builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "about:blank");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
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
