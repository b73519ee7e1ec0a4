package org.wsoatracker.security.web;

import jakarta.servlet.http.HttpSession;
import org.wsoatracker.security.SignedOutForms;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * After signing in again: the form that was sent after the session ended, ready to send again (see
 * {@link SignedOutForms}). Shown once; with nothing kept, the home page. And the timeout warning's "Stay signed in".
 */
@Controller
class KeptFormController {

	/** The session attribute "Stay signed in" changes, so that the session is written back at once. */
	static final String KEPT_ALIVE = KeptFormController.class.getName() + ".keptAlive";

	/**
	 * "Stay signed in" of the timeout warning: the session's idle time starts again, and is stored at once (an
	 * ordinary request stores its time of last access only when it has moved on by a minute).
	 */
	@GetMapping("/account/keep-alive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void keepAlive(HttpSession session) {
		session.setAttribute(KEPT_ALIVE, System.currentTimeMillis());
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
