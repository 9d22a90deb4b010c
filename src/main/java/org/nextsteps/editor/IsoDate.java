package org.nextsteps.editor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation: the text, spaces around it aside, is a date as year-month-day, like
 * {@code 2026-11-22}. Null is left to other constraints.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
@interface IsoDate {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the date as {@link OptionForm} does. */
	class Check implements ConstraintValidator<IsoDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || parse(value) != null;
		}

		/** The date, or null when the text is not one. */
		static LocalDate parse(String text) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}
