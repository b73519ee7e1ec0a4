package org.wsoatracker.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Bean Validation reports a form's errors in no particular order; the GOV.UK error summary must list them in the
 * order of the fields on the page. Forms declare their fields in that order, so the errors are put in the order of
 * the form class's fields (errors about the whole form first).
 */
@ControllerAdvice
class FieldOrderAdvice {

	@InitBinder
	void orderErrorsAsTheFields(WebDataBinder binder) {
		// A form's binder is made before the form itself (constructor binding): its type is known, the form not yet.
		Class<?> formClass = binder.getTarget() != null ? binder.getTarget().getClass()
				: binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
		List<Validator> validators = binder.getValidators();
		if (formClass == null || validators.isEmpty()) {
			return;
		}
		binder.replaceValidators(validators.stream()
			.map(validator -> (Validator) new FieldOrderValidator(validator, formClass))
			.toArray(Validator[]::new));
	}

	private static final class FieldOrderValidator implements SmartValidator {

		private final Validator delegate;

		private final List<String> fields = new ArrayList<>();

		FieldOrderValidator(Validator delegate, Class<?> formClass) {
			this.delegate = delegate;
			List<Class<?>> hierarchy = new ArrayList<>();
			for (Class<?> type = formClass; type != null && type != Object.class; type = type.getSuperclass()) {
				hierarchy.add(0, type);
			}
			for (Class<?> type : hierarchy) {
				for (Field field : type.getDeclaredFields()) {
					this.fields.add(field.getName());
				}
			}
		}

		@Override
		public boolean supports(Class<?> clazz) {
			return this.delegate.supports(clazz);
		}

		@Override
		public void validate(Object target, Errors errors) {
			validate(target, errors, new Object[0]);
		}

		@Override
		public void validate(Object target, Errors errors, Object... validationHints) {
			if (!(errors instanceof BindingResult result)) {
				validateWithDelegate(target, errors, validationHints);
				return;
			}
			BindingResult found = new BeanPropertyBindingResult(target, errors.getObjectName());
			validateWithDelegate(target, found, validationHints);
			found.getGlobalErrors().forEach(result::addError);
			found.getFieldErrors()
				.stream()
				.sorted(Comparator.comparingInt(this::position))
				.forEach(result::addError);
		}

		private void validateWithDelegate(Object target, Errors errors, Object... validationHints) {
			if (this.delegate instanceof SmartValidator smart) {
				smart.validate(target, errors, validationHints);
			}
			else {
				this.delegate.validate(target, errors);
			}
		}

		/**
		 * Where the field is declared in the form (for "measures[0].text", where "measures" is).
		 */
		private int position(FieldError error) {
			String name = error.getField().split("[.\\[]", 2)[0];
			int index = this.fields.indexOf(name);
			return index < 0 ? Integer.MAX_VALUE : index;
		}

	}

}
