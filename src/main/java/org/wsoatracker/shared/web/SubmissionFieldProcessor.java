package org.wsoatracker.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time token to every form the application renders (beside Spring Security's CSRF token, through the same
 * hook), for {@link SubmissionInterceptor}.
 */
@Component
class SubmissionFieldProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithSubmissionToken)) {
			return new WithSubmissionToken(processor);
		}
		return bean;
	}

	private record WithSubmissionToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return this.delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new LinkedHashMap<>();
			Map<String, String> others = this.delegate.getExtraHiddenFields(request);
			if (others != null) {
				fields.putAll(others);
			}
			fields.put(SubmissionInterceptor.FIELD, UUID.randomUUID().toString());
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
