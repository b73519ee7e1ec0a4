package org.wsoatracker.security;

import org.wsoatracker.people.AccountService;
import org.wsoatracker.security.LoginFailureHandler.LoginAttempt;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final AccountService accounts;

	private final SingleSignOnSettings singleSignOn;

	LoginController(AccountService accounts, SingleSignOnSettings singleSignOn) {
		this.accounts = accounts;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		LoginForm form = new LoginForm();
		BindingResult errors = new BeanPropertyBindingResult(form, "loginForm");
		if (model.getAttribute(LoginFailureHandler.ATTEMPT) instanceof LoginAttempt attempt) {
			form.setUsername(attempt.username());
			if (attempt.lockedMinutes() > 0) {
				errors.rejectValue("username", "locked", "There have been too many failed attempts to sign in with this"
						+ " email address. Wait " + attempt.lockedMinutes() + " minutes, then try again");
			}
			else if (attempt.username().isEmpty()) {
				errors.rejectValue("username", "required", "Enter your email address");
			}
			if (attempt.passwordMissing()) {
				errors.rejectValue("password", "required", "Enter your password");
			}
			if (!errors.hasErrors()) {
				errors.rejectValue("username", "incorrect", "Enter a correct email address and password");
			}
		}
		model.addAttribute("setupNeeded", !this.accounts.administratorExists());
		model.addAttribute("passwordSignIn", this.singleSignOn.passwordSignIn());
		if (this.singleSignOn.enabled()) {
			model.addAttribute("singleSignOn", this.singleSignOn.name());
			model.addAttribute("singleSignOnStart", SingleSignOnLogin.START);
			model.addAttribute("singleSignOnByEmail", this.singleSignOn.matchByEmail());
		}
		model.addAttribute("loginForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "loginForm", errors);
		return "security/login";
	}

}
