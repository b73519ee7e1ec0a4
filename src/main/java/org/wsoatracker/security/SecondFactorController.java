package org.wsoatracker.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages that ask for the second factor after a right password: a code from the authenticator app, or a recovery
 * code instead. {@link SecondFactorFilter} checks what they send.
 */
@Controller
class SecondFactorController {

	@GetMapping(SecondFactorFilter.APP_CODE_PAGE)
	String appCode(Authentication authentication, Model model) {
		return page(authentication, model, "security/sign-in-code");
	}

	@GetMapping(SecondFactorFilter.RECOVERY_CODE_PAGE)
	String recoveryCode(Authentication authentication, Model model) {
		return page(authentication, model, "security/sign-in-recovery-code");
	}

	private static String page(Authentication authentication, Model model, String view) {
		if (!SecondFactorRequirement.pending(authentication)) {
			return "redirect:/";
		}
		if (!((SignedInUser) authentication.getPrincipal()).hasSecondFactorSetUp()) {
			return "redirect:/account/authenticator-app";
		}
		CodeForm form = new CodeForm();
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (model.getAttribute(SecondFactorFilter.REFUSAL) instanceof String refusal) {
			errors.rejectValue("code", "refused", refusal);
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("signingIn", true);
		return view;
	}

}
