package org.wsoatracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import testpages.TestPages;

import org.springframework.context.annotation.Import;

/**
 * The whole application on a real Tomcat at a random port, on the shared test PostgreSQL, in demo mode. For tests
 * that need what only a servlet container does (error page forwarding) and for browser journeys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "wsoa.embedded-database.enabled=false", "wsoa.demo.enabled=true",
				"wsoa.metrics.password=" + ServerTest.METRICS_PASSWORD })
@Import({ TestDatabase.class, TestPages.class, TestPlans.class })
public @interface ServerTest {

	/**
	 * The password of the metrics scraper in these tests.
	 */
	String METRICS_PASSWORD = "scraper-password-for-tests";

}
