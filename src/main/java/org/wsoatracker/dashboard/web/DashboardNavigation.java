package org.wsoatracker.dashboard.web;

import org.wsoatracker.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem("Home", "/", 0, "ROLE_ADMIN", "ROLE_BOARD", "ROLE_LEAD", "ROLE_SCRUTINY");
	}

	@Bean
	NavigationItem boardDashboardNavigation() {
		return new NavigationItem("Dashboard", "/dashboard", 3, "ROLE_ADMIN", "ROLE_BOARD");
	}

}
