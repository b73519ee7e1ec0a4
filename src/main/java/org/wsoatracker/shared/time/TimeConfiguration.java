package org.wsoatracker.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/**
	 * The service's clock, on UK time: "today" for deadlines, due dates and overdue actions.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

}
