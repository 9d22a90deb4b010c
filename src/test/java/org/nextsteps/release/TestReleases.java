package org.nextsteps.release;

/**
 * Publishing in tests outside the editor: the draft as it is now, through the same path
 * as an editor's publish ({@link Releases#draft()}, then
 * {@link Releases#publish(DraftRelease, String, String)}), so with the same checks of the
 * release itself (its rules compile, it has a safety net at both levels, it takes the
 * next number or says it lost the race). The editor's own checks (scenarios, the checked
 * checksum) and its audit entry are {@code Publishing}'s, tested through the editor.
 */
public final class TestReleases {

	private TestReleases() {
	}

	public static PublishedRelease publishDraft(Releases releases, String by, String note) {
		return releases.publish(releases.draft(), by, note);
	}

}
