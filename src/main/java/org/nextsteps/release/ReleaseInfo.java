package org.nextsteps.release;

import java.time.Instant;

/**
 * What identifies a release: its number, when and by whom it was published, and why;
 * {@code checksum} is the SHA-256 (hex) of its stored document, so a share link can name
 * the exact content as well as the number.
 */
public record ReleaseInfo(long id, Instant publishedAt, String publishedBy, String note, String checksum) {
}
