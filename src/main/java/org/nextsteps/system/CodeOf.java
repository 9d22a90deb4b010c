package org.nextsteps.system;

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
 * Bean Validation: the text is the code of one member of a closed set ({@link Coded}),
 * e.g. {@code @CodeOf(value = Stage.class, message = "{editor.option.error.stage}")}.
 * Null is left to other constraints.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodeOf.Check.class)
public @interface CodeOf {

	/** The enum whose codes are allowed. */
	Class<? extends Coded> value();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a text against the codes of the enum. */
	class Check implements ConstraintValidator<CodeOf, String> {

		private Class<? extends Coded> type = Coded.class;

		@Override
		public void initialize(CodeOf constraint) {
			type = constraint.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Coded.isCode(type, value);
		}

	}

}
