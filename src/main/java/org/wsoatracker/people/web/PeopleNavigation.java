package org.wsoatracker.people.web;

import org.wsoatracker.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

	@Bean
	NavigationItem localAreasNavigation() {
		return new NavigationItem("Local areas", "/local-areas", 20, "ROLE_ADMIN", "ROLE_BOARD", "ROLE_LEAD");
	}

	@Bean
	NavigationItem accountsNavigation() {
		return new NavigationItem("Accounts", "/accounts", 50, "ROLE_ADMIN");
	}

}
