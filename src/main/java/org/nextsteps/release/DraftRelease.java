package org.nextsteps.release;

/**
 * The current draft compiled as the release it would become (numbered as the next one),
 * never stored: what previews and scenario runs use, and, once checked, what
 * {@link Releases#publish(DraftRelease, String, String)} publishes without reading or
 * compiling the draft again. Only {@link Releases#draft()} makes one, compiled from the
 * document exactly as it would be stored.
 */
public final class DraftRelease {

	private final PublishedRelease release;

	private final String document;

	DraftRelease(PublishedRelease release, String document) {
		this.release = release;
		this.document = document;
	}

	public PublishedRelease release() {
		return release;
	}

	/**
	 * Identifies the exact draft (the SHA-256 of its document), so that a publish can
	 * refuse a draft that changed after it was checked.
	 */
	public String checksum() {
		return release.info().checksum();
	}

	/** The release document as it will be stored. */
	String document() {
		return document;
	}

}
