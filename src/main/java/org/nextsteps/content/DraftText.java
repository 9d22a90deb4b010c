package org.nextsteps.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One short text of the draft with what the editor needs besides its content: the version
 * to save against, and who changed it last.
 */
public record DraftText(TextContent content, int version, @Nullable Instant updatedAt, @Nullable String updatedBy) {

	public TextKind kind() {
		return content.kind();
	}

	public String key() {
		return content.key();
	}

}
