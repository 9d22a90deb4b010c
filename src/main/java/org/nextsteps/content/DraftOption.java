package org.nextsteps.content;

import java.time.Instant;

/**
 * One option of the draft with what the editor needs besides its content: the version to
 * save against, and who changed it last.
 */
public record DraftOption(OptionContent content, int version, Instant updatedAt, String updatedBy) {

	public String slug() {
		return content.slug();
	}

}
