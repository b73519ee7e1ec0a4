package org.wsoatracker.people.web;

import java.util.Optional;

import jakarta.validation.Valid;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.people.PasswordPolicy;
import org.wsoatracker.people.SecondFactorService;
import org.wsoatracker.people.TokenPurpose;
import org.wsoatracker.shared.audit.AuditedPrincipal;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.SingleSignOnSettings;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Passwords: accepting an invitation, asking for and using a reset link (before signing in), and a signed-in person's
 * own account (with whether they use an authenticator app) and password.
 */
@Controller
class PasswordController {

	private static final int MAX_TOKEN_LENGTH = 100;

	private final AccountService accounts;

	private final SecondFactorService secondFactors;

	private final SingleSignOnSettings singleSignOn;

	PasswordController(AccountService accounts, SecondFactorService secondFactors, SingleSignOnSettings singleSignOn) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.singleSignOn = singleSignOn;
	}

	// Invitations and reset links

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
		return setPasswordPage(token, TokenPurpose.INVITATION, model);
	}

	@PostMapping("/invitations/{token}")
	String acceptInvitation(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return setPassword(token, TokenPurpose.INVITATION, form, result, model, redirect,
				"Your password is set: sign in with your email address and your new password");
	}

	@GetMapping("/password-reset")
	String forgotten(@ModelAttribute("form") PasswordForm form) {
		return "people/password-reset-request";
	}

	@PostMapping("/password-reset")
	String requestReset(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model) {
		if (form.getEmail().isEmpty()) {
			result.rejectValue("email", "required", "Enter your work email address");
		}
		if (result.hasErrors()) {
			return "people/password-reset-request";
		}
		this.accounts.requestPasswordReset(form.getEmail());
		model.addAttribute("email", form.getEmail());
		return "people/password-reset-sent";
	}

	@GetMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
		return setPasswordPage(token, TokenPurpose.PASSWORD_RESET, model);
	}

	@PostMapping("/password-reset/{token}")
	String resetPassword(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return setPassword(token, TokenPurpose.PASSWORD_RESET, form, result, model, redirect,
				"Your password has been reset: sign in with your new password");
	}

	private String setPasswordPage(String token, TokenPurpose purpose, Model model) {
		Optional<AccountView> account = token.length() > MAX_TOKEN_LENGTH ? Optional.empty()
				: this.accounts.accountOfLink(token, purpose);
		if (account.isEmpty()) {
			return linkExpired(purpose, model);
		}
		boolean invitation = purpose == TokenPurpose.INVITATION;
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		// With single sign-on, the link can instead link the account to the person's sign-in at the identity provider;
		// with password sign-in turned off, that is all it does.
		model.addAttribute("passwordSignIn", this.singleSignOn.passwordSignIn());
		if (this.singleSignOn.enabled()) {
			model.addAttribute("singleSignOn", this.singleSignOn.name());
		}
		if (this.singleSignOn.passwordSignIn()) {
			model.addAttribute("heading", invitation ? "Set your password" : "Choose a new password");
		}
		else {
			model.addAttribute("heading",
					invitation ? "Accept your invitation" : "Sign in with " + this.singleSignOn.name());
		}
		return "people/set-password";
	}

	private String setPassword(String token, TokenPurpose purpose, PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, String success) {
		if (!this.singleSignOn.passwordSignIn()) {
			// No passwords are set while password sign-in is off: the page offers single sign-on only.
			return setPasswordPage(token, purpose, model);
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.setPasswordWithLink(token.length() > MAX_TOKEN_LENGTH ? "" : token, purpose,
						form.getPassword());
				redirect.addFlashAttribute("success", success);
				return "redirect:/login";
			}
			catch (ConflictException refusal) {
				if (refusal.field() == null) {
					return linkExpired(purpose, model);
				}
				Refusals.reject(result, refusal);
			}
		}
		form.forget();
		return setPasswordPage(token, purpose, model);
	}

	private static String linkExpired(TokenPurpose purpose, Model model) {
		model.addAttribute("invitation", purpose == TokenPurpose.INVITATION);
		return "people/link-expired";
	}

	// One's own account

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AuditedPrincipal user, Model model) {
		model.addAttribute("account", this.accounts.account(user.getAccountId()).account());
		model.addAttribute("secondFactor", this.secondFactors.status(user.getAccountId()));
		return "people/your-account";
	}

	@GetMapping("/account/password")
	String changePasswordForm(@ModelAttribute("form") PasswordForm form, Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "people/change-password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AuditedPrincipal user,
			@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.getAccountId(), form.getCurrentPassword(), form.getPassword());
				redirect.addFlashAttribute("success", "Your password has been changed. Any other sessions you had"
						+ " open have been signed out.");
				return "redirect:/account";
			}
			catch (ConflictException refusal) {
				Refusals.reject(result, refusal);
			}
		}
		form.forget();
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "people/change-password";
	}

}
