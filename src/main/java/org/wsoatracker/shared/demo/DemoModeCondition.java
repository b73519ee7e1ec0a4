package org.wsoatracker.shared.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isDemoMode(context.getEnvironment());
	}

	static boolean isDemoMode(Environment environment) {
		String explicit = environment.getProperty("wsoa.demo.enabled");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.trim());
		}
		boolean ownDatabase = !environment.getProperty("spring.datasource.url", "").isBlank();
		boolean embedded = environment.getProperty("wsoa.embedded-database.enabled", Boolean.class, true);
		return embedded && !ownDatabase;
	}

}
