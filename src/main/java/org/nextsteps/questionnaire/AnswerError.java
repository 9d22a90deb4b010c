package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * A problem with one answer. {@code messageKey} is a key of
 * {@code messages/questionnaire.properties}; {@code args} are its arguments (numbers,
 * text, or {@link MessageKey}s). It is itself resolvable, so every caller turns it into
 * text the same way: {@code messageSource.getMessage(error, locale)}.
 */
public record AnswerError(String linkId, String messageKey, List<Object> args) implements MessageSourceResolvable {

	public AnswerError {
		Objects.requireNonNull(linkId, "linkId");
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return messageKey;
	}

	static AnswerError of(String linkId, String messageKey, Object... args) {
		return new AnswerError(linkId, messageKey, List.of(args));
	}

}
