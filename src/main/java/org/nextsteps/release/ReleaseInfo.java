package org.nextsteps.release;

import java.time.Instant;

/** What identifies a release to people: its number, when and by whom it was published, and why. */
public record ReleaseInfo(long id, Instant publishedAt, String publishedBy, String note) {
}
