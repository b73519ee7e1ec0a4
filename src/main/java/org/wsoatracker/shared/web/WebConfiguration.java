package org.wsoatracker.shared.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormSubmissions submissions;

	private final MeterRegistry meters;

	WebConfiguration(FormSubmissions submissions, MeterRegistry meters) {
		this.submissions = submissions;
		this.meters = meters;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
		registry.addInterceptor(new SubmissionInterceptor(this.submissions, this.meters));
	}

}
