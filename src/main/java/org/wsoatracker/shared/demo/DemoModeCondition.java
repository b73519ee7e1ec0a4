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

	/**
	 * On when {@code wsoa.demo.enabled} is true; otherwise on only when {@code wsoa.demo.on-embedded-database} is
	 * true (as {@code ./mvnw spring-boot:run} sets it) and the embedded database is in use. A plain start of the
	 * application is never a demonstration unless asked for.
	 */
	static boolean isDemoMode(Environment environment) {
		String explicit = environment.getProperty("wsoa.demo.enabled");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.trim());
		}
		if (!environment.getProperty("wsoa.demo.on-embedded-database", Boolean.class, false)) {
			return false;
		}
		boolean ownDatabase = !environment.getProperty("spring.datasource.url", "").isBlank();
		boolean embedded = environment.getProperty("wsoa.embedded-database.enabled", Boolean.class, true);
		return embedded && !ownDatabase;
	}

}
