package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * A problem with one answer. {@code messageKey} is a key of {@code messages/questionnaire.properties}; {@code args}
 * are its arguments (numbers, text, or {@link MessageKey}s to resolve first).
 */
public record AnswerError(String linkId, String messageKey, List<Object> args) {

	public AnswerError {
		Objects.requireNonNull(linkId, "linkId");
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
	}

	static AnswerError of(String linkId, String messageKey, Object... args) {
		return new AnswerError(linkId, messageKey, List.of(args));
	}

}
