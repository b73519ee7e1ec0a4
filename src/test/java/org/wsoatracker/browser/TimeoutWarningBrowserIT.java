package org.wsoatracker.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GOV.UK timeout warning (WCAG 2.2.1): two minutes before the session's idle limit a dialog offers to stay signed
 * in, and staying signed in starts the session's idle time again. The session here is given an idle limit of 2 minutes
 * and 5 seconds, so that the warning is due 5 seconds after the page loads. And a form sent after the session ended is
 * kept, and sent once its person has signed in again.
 */
class TimeoutWarningBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Test
	void theWarningAppearsBeforeTheSessionEndsAndStayingSignedInExtendsIt() {
		signIn(Pages.LEAD);
		String session = session();
		assertThat(this.jdbc.update("update spring_session set max_inactive_interval = 125 where session_id = ?",
				session)).isOne();
		driver.get(url("/my-actions"));
		WebElement dialog = driver.findElement(By.id("timeout-warning"));
		assertThat(dialog.getAttribute("data-session-seconds")).isEqualTo("125");
		assertThat(dialog.isDisplayed()).isFalse();

		new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOf(dialog));
		assertThat(dialog.getAttribute("open")).isNotNull();
		assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("You will be signed out soon");
		check();
		long before = lastAccess(session);

		dialog.findElement(By.xpath(".//button[normalize-space()='Stay signed in']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOf(dialog));
		assertThat(lastAccess(session)).as("the session was touched").isGreaterThan(before);
		// still signed in
		driver.get(url("/my-actions"));
		assertThat(heading()).isNotEqualTo("Sign in");
		assertThat(driver.getCurrentUrl()).endsWith("/my-actions");
	}

	@Test
	void aFormSentAfterTheSessionEndedIsKeptAndSentOnceSignedInAgain() {
		PlanView plan = this.testPlans.create();
		ActionView action = plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
		signIn(Pages.LEAD);
		visit("/actions/" + action.id() + "/updates/new");
		driver.findElement(By.cssSelector("label[for=status]")).click();
		field("done").sendKeys("Typed before the session ended");
		field("nextSteps").sendKeys("Report to the board");
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", session())).isOne();

		submit(By.cssSelector("button[value=draft]"));
		assertThat(heading()).isEqualTo("Sign in to WSOA Tracker");
		check();
		field("username").sendKeys(Pages.LEAD);
		field("password").sendKeys(Pages.DEMO_PASSWORD);
		submit(By.cssSelector("form[action='/login'] button[type=submit]"));
		assertThat(heading()).isEqualTo("Send what you typed");
		check();
		assertThat(this.progress.currentUpdate(action.id())).as("nothing saved before it is sent again").isEmpty();

		submit();
		check();
		assertThat(this.progress.currentUpdate(action.id()).orElseThrow().done())
			.isEqualTo("Typed before the session ended");
	}

	private String session() {
		return new String(Base64.getDecoder().decode(driver.manage().getCookieNamed("SESSION").getValue()),
				StandardCharsets.UTF_8);
	}

	private long lastAccess(String session) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				session);
	}

}
