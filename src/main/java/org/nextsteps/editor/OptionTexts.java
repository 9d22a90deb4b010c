package org.nextsteps.editor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.NumberFormat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.nextsteps.content.OptionField;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Bean Validation of an {@link OptionForm}: every typed field
 * ({@link OptionField#typed()}) is filled in and fits, each error on its own field. The
 * limits are the fields' own.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OptionTexts.Check.class)
@interface OptionTexts {

	String message() default "{editor.option.error.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks each typed field of the form against its {@link OptionField}. */
	class Check implements ConstraintValidator<OptionTexts, OptionForm> {

		@Override
		public boolean isValid(OptionForm form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			for (OptionField field : OptionField.typed()) {
				String text = form.text(field);
				if (text.isBlank() && !field.isOptional()) {
					context.buildConstraintViolationWithTemplate("{editor.option.error.required}")
						.addPropertyNode(field.property())
						.addConstraintViolation();
					valid = false;
				}
				else if (!field.fits(text)) {
					// the limit as the reader writes numbers, like a message argument
					String max = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(field.limit());
					context.unwrap(HibernateConstraintValidatorContext.class)
						.addMessageParameter("max", max)
						.buildConstraintViolationWithTemplate("{editor.option.error.too-long}")
						.addPropertyNode(field.property())
						.addConstraintViolation();
					valid = false;
				}
			}
			return valid;
		}

	}

}
