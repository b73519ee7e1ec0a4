package org.wsoatracker.security;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Browser;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on set up with an identity provider that cannot be reached (nothing listens at its issuer): the service
 * starts all the same, since it reads the provider's discovery document only when someone signs in through it;
 * that sign-in fails, and signing in with a password still works.
 */
@IntegrationTest
@TestPropertySource(properties = { "wsoa.sso.issuer=http://127.0.0.1:9/nothing-listens-here",
		"wsoa.sso.client-id=wsoa-tracker", "wsoa.sso.client-secret=secret", "wsoa.sso.name=Council" })
class SingleSignOnProviderAwayTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theServiceStartsAndPasswordSignInWorksWhileTheProviderIsAway() throws Exception {
		Browser browser = new Browser(this.mvc);
		Document page = Pages.html(browser.get("/login"));
		assertThat(page.select("a.govuk-button[href=/oauth2/authorization/sso]").text())
			.isEqualTo("Sign in with Council");

		assertThat(browser.get("/oauth2/authorization/sso").getResponse().getStatus()).isEqualTo(500);

		assertThat(browser.post("/login", "username", Pages.LEAD, "password", Pages.DEMO_PASSWORD).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/my-actions").getResponse().getStatus()).isEqualTo(200);
	}

}
