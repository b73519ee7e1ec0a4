package org.wsoatracker.progress.web;

import org.wsoatracker.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgressNavigation {

	@Bean
	NavigationItem myActionsNavigation() {
		return new NavigationItem("My actions", "/my-actions", 5, "ROLE_LEAD");
	}

}
