package org.wsoatracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import testpages.TestPages;

import org.springframework.context.annotation.Import;

/**
 * The whole application with real security on the shared test PostgreSQL, in demo mode, driven through MockMvc.
 * All tests that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "wsoa.embedded-database.enabled=false", "wsoa.demo.enabled=true" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestPages.class, TestPlans.class, Statements.class })
public @interface IntegrationTest {

}
