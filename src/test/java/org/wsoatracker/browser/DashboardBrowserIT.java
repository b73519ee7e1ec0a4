package org.wsoatracker.browser;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair opens the board's dashboard and the York plan's dashboard in a real browser; both pages pass axe-core and
 * reflow, and the measures of success are drawn as charts beside their tables.
 */
class DashboardBrowserIT extends BrowserTest {

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Test
	void chairFollowsTheBoardDashboardToThePlanDashboard() {
		signIn(Pages.BOARD);
		visit("/dashboard");
		assertThat(heading()).isEqualTo("Dashboard");

		driver.findElement(By.linkText("York written statement of action")).click();
		check();
		assertThat(heading()).isEqualTo("Dashboard: York written statement of action");
		assertThat(driver.findElement(By.cssSelector("dl.app-dashboard-summary")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("section.app-area-status"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("table.app-heatmap--every-month tbody tr"))).hasSize(12);
		assertThat(driver.findElements(By.cssSelector("table.app-measure-table"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector(".app-chart canvas")))
			.hasSameSizeAs(driver.findElements(By.cssSelector("table.app-measure-table")));

		// the sections open and close (GOV.UK accordion); everything is checked open too
		driver.findElement(By.cssSelector(".govuk-accordion__show-all")).click();
		assertThat(driver.findElement(By.cssSelector("#exceptions")).isDisplayed()).isTrue();
		check();

		driver.findElement(By.xpath("//summary[normalize-space()='Show only some actions']")).click();
		new org.openqa.selenium.support.ui.Select(field("area")).selectByValue("3");
		submit(By.cssSelector("form.app-dashboard-filter button[type=submit]"));
		check();
		assertThat(driver.getCurrentUrl()).contains("area=3");
		assertThat(driver.findElements(By.cssSelector("section.app-area-status"))).hasSize(1);
	}

	@Test
	void aPlanWithThirtySixMonthlyPeriodsDoesNotScrollSidewaysOnADesktop() {
		PlanView plan = this.testPlans.create();
		YearMonth month = YearMonth.of(2020, 1);
		for (int i = 0; i < 36; i++, month = month.plusMonths(1)) {
			var period = this.progress.openPeriod(plan.id(), month, month.atEndOfMonth(), month.getMonthValue() % 3 == 0);
			if (i < 35) {
				this.progress.closePeriod(period.id(), period.version());
			}
		}
		signIn(Pages.BOARD);
		visit("/plans/" + plan.id() + "/dashboard");
		assertThat(driver.findElements(By.cssSelector("table.app-heatmap--review-points thead th"))).hasSize(1 + 12);
		assertThat(driver.findElements(By.cssSelector("table.app-heatmap--every-month thead th"))).hasSize(1 + 36);
		// every month shown, the accordion open: the table scrolls in its region, the page does not
		driver.findElement(By.cssSelector("button[aria-controls='dashboard-sections-content-2']")).click();
		By everyMonth = By.xpath("//summary[normalize-space()='Show every month']");
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(everyMonth))
			.click();
		assertThat(driver.findElement(By.cssSelector("table.app-heatmap--every-month")).isDisplayed()).isTrue();
		check();
	}

}
