package org.wsoatracker.shared.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks beans that exist only in demo mode: on when {@code wsoa.demo.enabled} is true, or when
 * {@code ./mvnw spring-boot:run} runs the application on the embedded database; off otherwise.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoModeCondition.class)
public @interface ConditionalOnDemoMode {

}
