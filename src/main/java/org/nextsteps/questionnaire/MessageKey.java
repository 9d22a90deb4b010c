package org.nextsteps.questionnaire;

/**
 * An error argument that is itself a message key (e.g. the label of an exclusive code), so the web layer can show
 * it in the reader's language. Resolve it before formatting the error message.
 */
public record MessageKey(String key) {

	@Override
	public String toString() {
		return key;
	}

}
