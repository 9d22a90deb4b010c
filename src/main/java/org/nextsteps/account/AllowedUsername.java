package org.nextsteps.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation: a username an account may have, by the rule {@link Accounts} applies
 * when it creates one (trimmed and in lower case first).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AllowedUsername.Check.class)
@interface AllowedUsername {

	String message() default "{account.error.username}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks {@link Accounts#isAllowedUsername}. */
	class Check implements ConstraintValidator<AllowedUsername, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Accounts.isAllowedUsername(value);
		}

	}

}
