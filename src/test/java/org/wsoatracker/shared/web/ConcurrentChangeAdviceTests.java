package org.wsoatracker.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ConcurrentChangeAdviceTests {

	@RestController
	static class RacingController {

		@GetMapping("/race")
		String race() {
			throw new ObjectOptimisticLockingFailureException("PlanAction", 1L);
		}

	}

	@Test
	void aSaveThatLostARaceIsAnsweredWithConflictAndItsOwnPage() throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingController())
			.setControllerAdvice(new ConcurrentChangeAdvice())
			.build();

		mvc.perform(get("/race")).andExpect(status().isConflict()).andExpect(view().name("error/409"));
	}

}
