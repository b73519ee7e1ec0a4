package org.wsoatracker.security;

import jakarta.servlet.http.HttpSession;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.EmailedLink;
import org.wsoatracker.people.TokenPurpose;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Someone who followed their invitation or password reset link chooses to sign in through the identity provider
 * instead of with a password: the link is kept in their session, and their sign-in at the provider links their
 * account to the identity they sign in with there (and uses the link up). Only with single sign-on on.
 */
@Controller
@ConditionalOnExpression("!'${wsoa.sso.issuer:}'.isBlank()")
class SingleSignOnLinkController {

	private static final int MAX_TOKEN_LENGTH = 100;

	private final AccountService accounts;

	SingleSignOnLinkController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/invitations/{token}/single-sign-on")
	String invitation(@PathVariable String token, HttpSession session, Model model) {
		return start(new EmailedLink(token, TokenPurpose.INVITATION), session, model);
	}

	@PostMapping("/password-reset/{token}/single-sign-on")
	String reset(@PathVariable String token, HttpSession session, Model model) {
		return start(new EmailedLink(token, TokenPurpose.PASSWORD_RESET), session, model);
	}

	private String start(EmailedLink link, HttpSession session, Model model) {
		if (link.token().length() > MAX_TOKEN_LENGTH
				|| this.accounts.accountOfLink(link.token(), link.purpose()).isEmpty()) {
			model.addAttribute("invitation", link.purpose() == TokenPurpose.INVITATION);
			return "people/link-expired";
		}
		session.setAttribute(SingleSignOnUserService.PENDING_LINK, link);
		return "redirect:" + SingleSignOnLogin.START;
	}

}
