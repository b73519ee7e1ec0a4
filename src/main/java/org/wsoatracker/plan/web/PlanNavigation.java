package org.wsoatracker.plan.web;

import org.wsoatracker.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	@Bean
	NavigationItem plansNavigation() {
		return new NavigationItem("Plans", "/plans", 10, "ROLE_ADMIN", "ROLE_BOARD", "ROLE_LEAD");
	}

}
