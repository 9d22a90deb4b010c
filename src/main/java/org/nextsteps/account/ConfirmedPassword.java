package org.nextsteps.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation of a {@link UserForms.NewPassword}: the new password typed twice the
 * same; the error is on the second one.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConfirmedPassword.Check.class)
@interface ConfirmedPassword {

	String message() default "{account.error.password-confirm}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares the two new passwords. */
	class Check implements ConstraintValidator<ConfirmedPassword, UserForms.NewPassword> {

		@Override
		public boolean isValid(UserForms.NewPassword form, ConstraintValidatorContext context) {
			if (form == null || Objects.equals(form.getPassword(), form.getConfirm())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("confirm")
				.addConstraintViolation();
			return false;
		}

	}

}
