package org.wsoatracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sets {@code pageHasErrors} when any form on the page failed validation, so the layout's title starts "Error: " as
 * the GOV.UK pattern asks, without each controller having to remember it.
 */
class FormErrorsInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getModel().containsKey("pageHasErrors") || isRedirect(modelAndView)) {
			return;
		}
		boolean hasErrors = modelAndView.getModel()
			.values()
			.stream()
			.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
		modelAndView.addObject("pageHasErrors", hasErrors);
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:"))
				|| modelAndView.getView() instanceof org.springframework.web.servlet.view.RedirectView;
	}

}
