package org.wsoatracker.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;
import org.wsoatracker.support.WebClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs are bounded work: a render holds no database connection, so the rest of the service is served while PDFs are
 * made, even from the pool's last connection; and when the one render allowed here is taken, the next PDF asked for
 * gets the styled "service is busy" page with Retry-After, not a failure. A gate holds a render at its start, once it
 * has been let in, for as long as a test needs it to be under way.
 */
@ServerTest
@TestPropertySource(properties = { "wsoa.pdf.max-concurrent=1", "wsoa.pdf.wait-seconds=1",
		"wsoa.reminders.enabled=false" })
@Import(PdfLimitsTests.RenderGate.class)
class PdfLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	RenderGate gate;

	@Autowired
	HikariDataSource pool;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	ReportService reports;

	long yorkId;

	String boardPackPdf;

	@BeforeEach
	void findYork() {
		this.yorkId = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals(DemoReports.YORK_PLAN))
			.findFirst()
			.map(PlanSummary::id)
			.orElseThrow();
		long may2021 = this.progress.periods(this.yorkId)
			.stream()
			.filter(period -> period.month().equals(YearMonth.of(2021, 5)))
			.findFirst()
			.orElseThrow()
			.id();
		this.boardPackPdf = "/plans/" + this.yorkId + "/periods/" + may2021 + "/board-pack.pdf";
	}

	@AfterEach
	void letRendersGoOn() {
		this.gate.open();
	}

	@Test
	void whileAPdfRendersTheLastFreeDatabaseConnectionServesOtherPages() throws Exception {
		WebClient chair = new WebClient(this.port).signIn(Pages.BOARD);
		WebClient admin = new WebClient(this.port).signIn(Pages.ADMIN);
		this.gate.close();
		CompletableFuture<HttpResponse<byte[]>> pdf = download(chair, this.boardPackPdf);
		assertThat(this.gate.awaitRender()).as("the render started").isTrue();

		// The test takes all the pool's connections but one. Were the render holding that one, the page would wait for
		// it and get the 503 of a database that cannot be reached.
		List<Connection> taken = new ArrayList<>();
		try {
			while (taken.size() < this.pool.getMaximumPoolSize() - 1) {
				taken.add(this.pool.getConnection());
			}
			HttpResponse<String> plansPage = admin.get("/plans", "text/html");
			assertThat(plansPage.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(plansPage.body()).select("main a").eachText()).contains(DemoReports.YORK_PLAN);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(this.gate.renderHeldTransactionOrConnection()).isFalse();

		this.gate.open();
		HttpResponse<byte[]> rendered = pdf.get(2, TimeUnit.MINUTES);
		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(new String(rendered.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void aPdfAskedForWhileTheRenderIsTakenGetsTheBusyPageAndAStoredOneIsStillServed() throws Exception {
		WebClient chair = new WebClient(this.port).signIn(Pages.BOARD);
		WebClient admin = new WebClient(this.port).signIn(Pages.ADMIN);
		WebClient lead = new WebClient(this.port).signIn(Pages.LEAD);
		long reportId = this.reports.reportsOf(this.yorkId).get(0).id();
		byte[] stored = admin.download("/reports/" + reportId + ".pdf").body(); // rendered and stored if it was not
		this.gate.close();
		CompletableFuture<HttpResponse<byte[]>> first = download(chair, this.boardPackPdf);
		assertThat(this.gate.awaitRender()).as("the first render started").isTrue();

		HttpResponse<byte[]> second = admin.download(this.boardPackPdf);
		assertThat(second.statusCode()).isEqualTo(503);
		assertThat(second.headers().firstValue("Retry-After")).contains("60");
		Document page = Jsoup.parse(new String(second.body(), StandardCharsets.UTF_8));
		assertThat(page.title()).isEqualTo("The service is busy – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("The service is busy – try again in a minute");
		assertThat(page.select(".app-reference").text())
			.isEqualTo(second.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(page.select("nav a").eachText()).contains("Plans");

		HttpResponse<byte[]> storedAgain = admin.download("/reports/" + reportId + ".pdf");
		assertThat(storedAgain.statusCode()).isEqualTo(200);
		assertThat(storedAgain.body()).isEqualTo(stored);
		assertThat(lead.download(this.boardPackPdf).statusCode()).as("a lead is refused, busy or not").isEqualTo(403);

		this.gate.open();
		assertThat(first.get(2, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
		assertThat(admin.download(this.boardPackPdf).statusCode()).as("once the render is done").isEqualTo(200);
	}

	private static CompletableFuture<HttpResponse<byte[]>> download(WebClient client, String path) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return client.download(path);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * Holds each render, once it has been let in, at its start until the test opens the gate; and notes whether the
	 * rendering thread then held a transaction or a database connection.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RenderGate implements ObservationHandler<Observation.Context> {

		private volatile CountDownLatch started = new CountDownLatch(1);

		private volatile CountDownLatch gate = new CountDownLatch(0);

		private volatile boolean heldTransactionOrConnection;

		void close() {
			this.started = new CountDownLatch(1);
			this.gate = new CountDownLatch(1);
		}

		void open() {
			this.gate.countDown();
		}

		boolean awaitRender() throws InterruptedException {
			return this.started.await(2, TimeUnit.MINUTES);
		}

		boolean renderHeldTransactionOrConnection() {
			return this.heldTransactionOrConnection;
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return ReportPdf.OBSERVATION.equals(context.getName());
		}

		@Override
		public void onStart(Observation.Context context) {
			this.heldTransactionOrConnection = TransactionSynchronizationManager.isSynchronizationActive()
					|| !TransactionSynchronizationManager.getResourceMap().isEmpty();
			this.started.countDown();
			try {
				this.gate.await(2, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
