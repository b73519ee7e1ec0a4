package org.wsoatracker.security.web;

import jakarta.servlet.http.HttpSession;
import org.wsoatracker.security.SignedOutForms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After signing in again: the form that was sent after the session ended, ready to send again (see
 * {@link SignedOutForms}). Shown once; with nothing kept, the home page. And the timeout warning's "Stay signed in".
 */
@Controller
class KeptFormController {

	/**
	 * "Stay signed in" of the timeout warning: a request that touches the session, so that its idle time starts again.
	 */
	@GetMapping("/account/keep-alive")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	void keepAlive(HttpSession session) {
		session.getLastAccessedTime();
	}

	@GetMapping(SignedOutForms.PAGE)
	String keptForm(HttpSession session, Model model) {
		return SignedOutForms.kept(session).map(kept -> {
			SignedOutForms.forget(session);
			model.addAttribute("kept", kept);
			return "security/kept-form";
		}).orElse("redirect:/");
	}

}
