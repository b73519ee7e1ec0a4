package org.wsoatracker.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cycle in a real browser on the York demo plan: the lead updates action 1.1, the chair reviews, the
 * programme office sees the periods. Every page is checked with axe-core.
 */
class ProgressPagesBrowserIT extends BrowserTest {

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	@Test
	void leadUpdatesAnActionWithoutJavaScriptHelpers() {
		signIn(Pages.LEAD);
		visit("/my-actions");
		driver.findElement(By.linkText("1.1")).click();
		check();
		assertThat(heading()).isEqualTo("Updates of action 1.1");
		assertThat(driver.findElements(By.className("govuk-summary-card"))).hasSize(4);

		driver.findElement(By.partialLinkText("Update for May 2021")).click();
		check();
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");

		driver.findElement(By.cssSelector("label[for=status-4]")).click();
		field("done").sendKeys("Dashboard reviewed with the board");
		field("nextSteps").sendKeys("Publish the summary");
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
			.isEqualTo("Update submitted to the board");
		assertThat(driver.findElements(By.className("govuk-summary-card"))).hasSize(5);
	}

	@Test
	void chairReviewsAPeriodAndTheOfficeSeesThePeriods() {
		signIn(Pages.BOARD);
		visit("/plans");
		driver.findElement(By.linkText("York written statement of action")).click();
		driver.findElement(By.linkText("Reporting periods and board review")).click();
		check();
		String periods = driver.getCurrentUrl().replace(url(""), "");
		driver.findElement(By.linkText("May 2021")).click();
		check();
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("Select whether you accept or challenge the update");

		driver.findElement(By.linkText("Back to the reporting periods")).click();
		driver.findElement(By.linkText("May 2020")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("This period is closed");

		signIn(Pages.ADMIN);
		visit(periods);
		submit(By.cssSelector("main form[action$='/periods'] button[type=submit]"));
		check();
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(e -> e.getText())
			.containsExactly("Enter the month the period covers", "Enter the date updates are due");
	}

	@Test
	void pagesOpenedBeforeSomeoneElseSavedAreRefusedWithTheTypedTextKept() {
		PlanView plan = this.testPlans.create();
		ActionView action = plan.areas().get(0).actions().get(0);
		PeriodView period = this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
		Actor otherTab = new Actor(this.accounts.findByEmail(Pages.LEAD).orElseThrow().id(), "Maxine Squire", false);
		String form = "/actions/" + action.id() + "/updates/new";

		signIn(Pages.LEAD);
		visit(form);
		this.progress.write(action.id(), command("Saved in another tab"), otherTab, null, false);
		driver.findElement(By.cssSelector("label[for=status]")).click();
		field("done").sendKeys("Typed in this tab");
		field("nextSteps").sendKeys("Report to the board");
		submit(By.cssSelector("button[value=draft]"));
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.startsWith("Your changes were not saved because this update changed after you opened the page");
		assertThat(driver.findElement(By.id("saved-now")).getText()).isEqualTo("What is saved now");
		assertThat(field("done").getAttribute("value")).isEqualTo("Typed in this tab");

		submit(By.cssSelector("button[value=draft]"));
		check();
		assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
			.isEqualTo("Draft saved");
		UpdateView replaced = this.progress.currentUpdate(action.id()).orElseThrow();
		assertThat(replaced.done()).isEqualTo("Typed in this tab");

		this.progress.write(action.id(), command("Submitted from another tab"), otherTab, replaced.version(), true);
		field("done").sendKeys(", and more");
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("What you typed (not saved)",
				"Typed in this tab, and more");
		assertThat(this.progress.currentUpdate(action.id()).orElseThrow().done()).isEqualTo("Submitted from another tab");

		signIn(Pages.BOARD);
		visit("/plans/" + plan.id() + "/periods/" + period.id());
		UpdateView submitted = this.progress.currentUpdate(action.id()).orElseThrow();
		UpdateView challenged = this.progress.review(submitted.id(), submitted.version(), false, "Show the data",
				new Actor(this.accounts.findByEmail(Pages.BOARD).orElseThrow().id(), "Another member", false));
		this.progress.write(action.id(), command("Revised"), otherTab, challenged.version(), true);
		driver.findElement(By.cssSelector("label[for=decision-" + submitted.id() + "]")).click();
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.startsWith("Your decision was not recorded because this update changed after you opened the page");
		assertThat(this.progress.currentUpdate(action.id()).orElseThrow().state()).isEqualTo(UpdateView.State.SUBMITTED);
	}

	@Test
	void chairDecidesWithTheFactsAndTheOfficeChecksBeforeClosing() {
		PlanView plan = this.testPlans.create();
		ActionView first = plan.areas().get(0).actions().get(0);
		ActionView second = plan.areas().get(0).actions().get(1);
		PeriodView period = this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		Actor office = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true);
		UpdateView submitted = this.progress.write(first.id(), command("Dashboard built"), office, null, true);
		this.progress.write(second.id(), command("Framework drafted"), office, null, false);
		String review = "/plans/" + plan.id() + "/periods/" + period.id();

		signIn(Pages.BOARD);
		visit("/plans/" + plan.id() + "/periods");
		check();
		driver.findElement(By.cssSelector("#decisions-waiting + ul a")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Maxine Squire (CYC)",
				"No previous update", "90% on time. Latest actual: Not reported yet. Target: 90% by December 2020");
		driver.findElement(By.cssSelector("label[for=decision-" + submitted.id() + "]")).click();
		submit();
		check();
		assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
			.isEqualTo("You accepted the update on action 1.1");
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Every submitted update for June 2020 now has a decision.");

		signIn(Pages.ADMIN);
		visit("/plans/" + plan.id() + "/periods");
		driver.findElement(By.cssSelector("a[href='" + review + "/close']")).click();
		check();
		assertThat(driver.findElements(By.tagName("caption"))).extracting(e -> e.getText())
			.containsExactly("1 update is still a draft");
		submit(By.cssSelector("main form button[type=submit]"));
		check();
		assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
			.startsWith("Reporting period for June 2020 closed");
		assertThat(this.progress.period(period.id()).open()).isFalse();
	}

	private static UpdateCommand command(String done) {
		return new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, done, "Report to the board", Map.of());
	}

}
