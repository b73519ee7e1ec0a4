package org.wsoatracker.shared.web;

import org.junit.jupiter.api.Test;
import org.wsoatracker.shared.error.ConflictException;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ConcurrentChangeAdviceTests {

	@RestController
	static class RacingController {

		@GetMapping("/race")
		String race() {
			throw new ObjectOptimisticLockingFailureException("PlanAction", 1L);
		}

		@GetMapping("/refuse")
		String refuse() {
			throw new ConflictException("The update has been submitted: its evidence can no longer be removed");
		}

	}

	@Test
	void aSaveThatLostARaceIsAnsweredWithConflictAndItsOwnPage() throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingController())
			.setControllerAdvice(new ConcurrentChangeAdvice())
			.build();

		mvc.perform(get("/race")).andExpect(status().isConflict()).andExpect(view().name("error/409"));
	}

	@Test
	void aRefusalNoFormShowsIsAnsweredWithItsMessage() throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingController())
			.setControllerAdvice(new ConcurrentChangeAdvice())
			.build();

		mvc.perform(get("/refuse"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/refused"))
			.andExpect(model().attribute("message",
					"The update has been submitted: its evidence can no longer be removed"));
	}

}
