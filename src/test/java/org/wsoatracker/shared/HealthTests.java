package org.wsoatracker.shared;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HealthTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsOpenAndUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.groups").value(org.hamcrest.Matchers.containsInAnyOrder("liveness", "readiness")));
	}

	@Test
	void livenessAndReadinessAnswer() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void readinessIncludesTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness").cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}

}
