package org.wsoatracker.security.web;

import jakarta.validation.Valid;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating the first administrator of an empty database, with the set-up code from the service's log. There is no
 * such page (404) once an administrator exists.
 */
@Controller
class SetupController {

	private final AccountService accounts;

	SetupController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/setup")
	String setup(@ModelAttribute("form") SetupForm form) {
		requireNoAdministrator();
		return "security/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			RedirectAttributes redirect) {
		requireNoAdministrator();
		if (!result.hasErrors()) {
			try {
				this.accounts.createFirstAdministrator(form.getCode(), form.getName().trim(), form.getEmail(),
						form.getPassword());
				redirect.addFlashAttribute("success", "Your administrator account has been created: sign in with it");
				return "redirect:/login";
			}
			catch (ConflictException refusal) {
				Refusals.reject(result, refusal);
			}
		}
		form.setPassword("");
		return "security/setup";
	}

	private void requireNoAdministrator() {
		if (this.accounts.administratorExists()) {
			throw new NotFoundException("Set-up");
		}
	}

}
