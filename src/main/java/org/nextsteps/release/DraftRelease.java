package org.nextsteps.release;

/**
 * The current draft compiled as the release it would become, never stored: what previews
 * and scenario runs use. {@code checksum} identifies the exact draft, so a publish can
 * refuse a draft that changed after it was checked.
 */
public record DraftRelease(PublishedRelease release, String checksum) {
}
