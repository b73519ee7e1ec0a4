package org.wsoatracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

	static {
		XRLog.setLoggerImpl(new Slf4jLogger()); // the renderer's log through the application's logging
	}

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
		this.stylesheet = read("report/pdf.css");
	}

	/**
	 * @param variables what the report/pdf template needs: report (ReportContent), published (text or null),
	 * title
	 */
	byte[] render(Map<String, Object> variables) {
		Context context = new Context(java.util.Locale.UK, variables);
		context.setVariable("stylesheet", this.stylesheet);
		String html = this.templates.process("report/pdf", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Italic.ttf"), FONT, 400, FontStyle.ITALIC, true);
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

	private static InputStream font(String file) {
		try {
			return new ClassPathResource("liberation/" + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
