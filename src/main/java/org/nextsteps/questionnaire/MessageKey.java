package org.nextsteps.questionnaire;

import org.springframework.context.MessageSourceResolvable;

/**
 * An error argument that is itself a message key (e.g. the label of an exclusive code),
 * so the web layer can show it in the reader's language. Spring's message source resolves
 * such arguments itself when it formats the error.
 */
public record MessageKey(String key) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public String toString() {
		return key;
	}

}
