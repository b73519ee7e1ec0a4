package org.wsoatracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wsoatracker.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair opens the board's dashboard and the York plan's dashboard in a real browser; both pages pass axe-core,
 * and the measures of success are drawn as charts beside their tables.
 */
class DashboardBrowserIT extends BrowserTest {

	@Test
	void chairFollowsTheBoardDashboardToThePlanDashboard() {
		signIn(Pages.BOARD);
		visit("/dashboard");
		assertThat(heading()).isEqualTo("Dashboard");

		driver.findElement(By.linkText("York written statement of action")).click();
		check();
		assertThat(heading()).isEqualTo("Dashboard: York written statement of action");
		assertThat(driver.findElements(By.cssSelector("section.app-area-status"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("table.app-heatmap tbody tr"))).hasSize(12);
		assertThat(driver.findElements(By.cssSelector("table.app-measure-table"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector(".app-chart canvas")))
			.hasSameSizeAs(driver.findElements(By.cssSelector("table.app-measure-table")));

		new org.openqa.selenium.support.ui.Select(field("area")).selectByValue("3");
		submit(By.cssSelector("form.app-dashboard-filter button[type=submit]"));
		check();
		assertThat(driver.getCurrentUrl()).contains("area=3");
		assertThat(driver.findElements(By.cssSelector("section.app-area-status"))).hasSize(1);
	}

}
