package org.nextsteps.release;

/**
 * A release was inserted on this instance (published or rolled back to). Published inside
 * the inserting transaction, so that its listener ({@link Releases}) makes the release
 * current only once that transaction commits, and never if it rolls back.
 */
record ReleasePublished(PublishedRelease release) {
}
