package org.nextsteps.content;

import java.time.Instant;

/**
 * The draft's Spanish of one patient text (issue 14), with the version it was saved at
 * and who saved it last: what the editor's translations page reads and saves over.
 *
 * @param english the English text it translates
 * @param spanish its Spanish
 * @param version the row's version; {@link ContentDrafts#NEVER_SAVED} for none yet
 */
public record DraftTranslation(String english, String spanish, int version, Instant updatedAt, String updatedBy) {

	/** The SHA-256 of an English text, in hex: how its translation is found. */
	public static String hash(String english) {
		return ContentTranslation.hash(english);
	}

	/** The SHA-256 of its English, in hex. */
	public String hash() {
		return hash(english);
	}

}
