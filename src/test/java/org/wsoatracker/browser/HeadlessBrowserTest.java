package org.wsoatracker.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.wsoatracker.support.Pages;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser journeys in headless Chromium (Debian's chromium and chromedriver; nothing is downloaded) against the real
 * server. Every page visited through {@link #visit} or {@link #check} is checked with axe-core against WCAG 2.0, 2.1
 * and 2.2 A and AA, and the test fails on any violation.
 * <p>
 * This class says nothing about which application it drives: {@link BrowserTest} drives the demo application shared
 * by most journeys; a journey that needs an application of its own (another database, other settings) extends this
 * class with a {@code @SpringBootTest} of its own on a random port.
 */
public abstract class HeadlessBrowserTest {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final Path CHROMIUM = Path.of(setting("WSOA_CHROME_BINARY", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(setting("WSOA_CHROMEDRIVER", "/usr/bin/chromedriver"));

	protected static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver; "
					+ ".ci/run installs them with apt-get install -y chromium chromium-driver");
		}
		Assumptions.assumeTrue(installed,
				"Skipping browser tests: install chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
		profile = Files.createTempDirectory("wsoa-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1280,1024",
					"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void startSignedOut() {
		driver.manage().deleteAllCookies();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Opens the page and checks it for accessibility.
	 */
	protected void visit(String path) {
		driver.get(url(path));
		check();
	}

	/**
	 * Checks the page now in the browser: axe-core finds no WCAG A or AA violation, there is one h1, and the page
	 * reflows (WCAG 1.4.10): at 320 CSS px wide, and at the window's own width, the document is no wider than the
	 * viewport. A wide table may scroll sideways inside its own region (templates/shared/table-scroll.html); the page
	 * as a whole may not.
	 */
	protected void check() {
		saveScreenshotIfAsked();
		assertReflows();
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		assertThat(results.isErrored()).as("axe-core ran on %s", driver.getCurrentUrl()).isFalse();
		assertThat(results.getViolations()).as("accessibility violations on %s:%n%s", driver.getCurrentUrl(),
				describe(results.getViolations()))
			.isEmpty();
		assertThat(driver.findElements(By.tagName("h1"))).as("one h1 on %s", driver.getCurrentUrl()).hasSize(1);
	}

	/**
	 * What sticks out of the viewport, outside the scrolling regions of wide tables: the document's width, the
	 * viewport's and the first few elements whose right edge is past it.
	 */
	private static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const past = [...document.querySelectorAll('body *')]
			  .filter(e => !e.closest('.app-table-scroll') || e.matches('.app-table-scroll'))
			  .filter(e => e.getBoundingClientRect().right > width + 1)
			  .slice(0, 5)
			  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
			    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (right edge '
			    + Math.round(e.getBoundingClientRect().right) + ' px)');
			return [document.documentElement.scrollWidth, width, past.join(', ')];
			""";

	/**
	 * The page reflows at 320 CSS px (emulated, as a browser window cannot be made that narrow) and at the window's
	 * width: its document is no wider than the viewport.
	 */
	protected static void assertReflows() {
		assertNoSidewaysScroll("the window's width");
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			assertNoSidewaysScroll("320 CSS px");
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	private static void assertNoSidewaysScroll(String at) {
		List<?> measured = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(OVERFLOW);
		long documentWidth = ((Number) measured.get(0)).longValue();
		long viewport = ((Number) measured.get(1)).longValue();
		assertThat(documentWidth)
			.as("the document of %s is wider than the viewport at %s (%d px); outside a table's scrolling region: %s",
					driver.getCurrentUrl(), at, viewport, measured.get(2))
			.isLessThanOrEqualTo(viewport);
	}

	/**
	 * With -Dwsoa.screenshots=true, keeps a full-page picture of every page checked, at the window's width (1280 px)
	 * and at 320 CSS px, under target/screenshots (or the folder given as -Dwsoa.screenshots.folder).
	 */
	private static void saveScreenshotIfAsked() {
		if (!Boolean.getBoolean("wsoa.screenshots")) {
			return;
		}
		try {
			Path folder = Files.createDirectories(Path.of(System.getProperty("wsoa.screenshots.folder", "target/screenshots")));
			String name = driver.getCurrentUrl().replaceFirst("https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
			name = (name.isEmpty() ? "home" : name) + "-" + System.nanoTime();
			ChromeDriver chrome = (ChromeDriver) driver;
			for (int width : new int[] { 1280, 320 }) {
				chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						java.util.Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
				try {
					java.util.Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
							java.util.Map.of("format", "png", "captureBeyondViewport", true));
					Files.write(folder.resolve(name + "-" + width + ".png"),
							Base64.getDecoder().decode((String) shot.get("data")));
				}
				finally {
					chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	protected void signIn(String email) {
		signIn(email, Pages.DEMO_PASSWORD);
	}

	protected void signIn(String email, String password) {
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		field("username").sendKeys(email);
		field("password").sendKeys(password);
		WebElement form = driver.findElement(By.cssSelector("form[action='/login']"));
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
	}

	/**
	 * Sends the page's form and waits until the browser has left the page it was on.
	 */
	protected void submit() {
		submit(By.cssSelector("main form button[type=submit]"));
	}

	protected void submit(By button) {
		WebElement element = driver.findElement(button);
		element.click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
	}

	protected WebElement field(String id) {
		return driver.findElement(By.id(id));
	}

	protected String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining(System.lineSeparator()));
	}

}
