package org.wsoatracker.shared.demo;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the service runs as a demonstration, with made-up accounts and data (see {@link ConditionalOnDemoMode}).
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		this.enabled = DemoModeCondition.isDemoMode(environment);
	}

	public boolean enabled() {
		return this.enabled;
	}

}
