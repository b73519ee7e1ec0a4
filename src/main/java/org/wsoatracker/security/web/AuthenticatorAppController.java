package org.wsoatracker.security.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wsoatracker.people.AuthenticatorSetUp;
import org.wsoatracker.people.SecondFactorService;
import org.wsoatracker.people.SecondFactorStatus;
import org.wsoatracker.security.CodeForm;
import org.wsoatracker.security.SecondFactorSignIn;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own authenticator app, from Your account: setting it up (the secret as a QR code and as text, then its first
 * code), the recovery codes (shown once, and made anew), and turning it off.
 */
@Controller
@RequestMapping("/account")
class AuthenticatorAppController {

	private static final String CODES = "recoveryCodes";

	private final SecondFactorService secondFactors;

	private final SecondFactorSignIn signIn;

	AuthenticatorAppController(SecondFactorService secondFactors, SecondFactorSignIn signIn) {
		this.secondFactors = secondFactors;
		this.signIn = signIn;
	}

	@GetMapping("/authenticator-app")
	String setUpForm(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CodeForm form,
			Model model) {
		return setUpPage(user, model);
	}

	@PostMapping("/authenticator-app")
	String setUp(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				List<String> codes = this.secondFactors.finishSetUp(user.getAccountId(), form.getCode());
				this.signIn.appSetUp(request, response);
				redirect.addFlashAttribute(CODES, codes);
				return "redirect:/account/recovery-codes";
			}
			catch (ConflictException refusal) {
				if (refusal.field() == null) {
					return "redirect:/account";
				}
				Refusals.reject(result, refusal);
			}
		}
		form.setCode("");
		return setUpPage(user, model);
	}

	@GetMapping("/recovery-codes")
	String recoveryCodes(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!(model.getAttribute(CODES) instanceof List<?> codes)) {
			return "redirect:/account";
		}
		String text = "WSOA Tracker recovery codes for " + user.getUsername() + "\n\n" + String.join("\n",
				codes.stream().map(String::valueOf).toList())
				+ "\n\nEach code works once, in place of a code from your authenticator app.\n";
		model.addAttribute("download", "data:text/plain;charset=utf-8,"
				+ URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
		return "security/recovery-codes";
	}

	@PostMapping("/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute(CODES, this.secondFactors.newRecoveryCodes(user.getAccountId()));
		return "redirect:/account/recovery-codes";
	}

	@GetMapping("/authenticator-app/turn-off")
	String turnOffForm(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TurnOffForm form,
			Model model) {
		return turnOffPage(user, model);
	}

	@PostMapping("/authenticator-app/turn-off")
	String turnOff(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TurnOffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.secondFactors.turnOff(user.getAccountId(), form.getPasswordOrCode());
			redirect.addFlashAttribute("success", "Your authenticator app is turned off: you sign in with your"
					+ " password alone");
			return "redirect:/account";
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
		}
		form.setPasswordOrCode("");
		return turnOffPage(user, model);
	}

	private String setUpPage(SignedInUser user, Model model) {
		SecondFactorStatus status = this.secondFactors.status(user.getAccountId());
		if (status.setUp()) {
			return "redirect:/account";
		}
		AuthenticatorSetUp setUp = this.secondFactors.startSetUp(user.getAccountId());
		model.addAttribute("key", setUp.key());
		model.addAttribute("qrCode", QrCode.pngDataUri(setUp.uri()));
		model.addAttribute("required", status.required());
		model.addAttribute("signingIn", this.signIn.waiting());
		return "security/authenticator-app-set-up";
	}

	private String turnOffPage(SignedInUser user, Model model) {
		SecondFactorStatus status = this.secondFactors.status(user.getAccountId());
		if (!status.setUp()) {
			return "redirect:/account";
		}
		model.addAttribute("required", status.required());
		return "security/authenticator-app-turn-off";
	}

}
