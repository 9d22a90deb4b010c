package org.nextsteps.questionnaire;

import java.util.List;

/**
 * The outcome of {@link AnswerValidator}: valid answers, or at least one error, each
 * naming its linkId.
 */
public sealed interface ValidationResult {

	default boolean isValid() {
		return this instanceof Valid;
	}

	/** The errors; empty when valid. */
	default List<AnswerError> errors() {
		return List.of();
	}

	/**
	 * The valid answers.
	 * @throws IllegalStateException when the result is invalid
	 */
	default Answers answers() {
		throw new IllegalStateException("Answers are invalid: " + errors());
	}

	record Valid(Answers answers) implements ValidationResult {
	}

	record Invalid(List<AnswerError> errors) implements ValidationResult {

		public Invalid {
			errors = List.copyOf(errors);
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("An invalid result needs at least one error");
			}
		}

	}

}
