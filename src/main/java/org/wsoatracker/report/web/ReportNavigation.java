package org.wsoatracker.report.web;

import org.wsoatracker.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportNavigation {

	@Bean
	NavigationItem reportsNavigation() {
		return new NavigationItem("Reports", "/reports", 40, "ROLE_ADMIN", "ROLE_BOARD", "ROLE_LEAD",
				"ROLE_SCRUTINY");
	}

}
