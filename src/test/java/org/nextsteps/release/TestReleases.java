package org.nextsteps.release;

import java.time.Instant;
import java.util.List;

import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.pathway.RuleDefinition;

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

	/**
	 * Content and rules compiled as release {@code id} would be, in memory only: for the
	 * module tests of modules that take a release (assessment, resultpage), which start
	 * without the release module and its database.
	 * @throws org.nextsteps.pathway.InvalidRulesException when the rules do not compile
	 */
	public static PublishedRelease compiled(long id, ContentSnapshot content, List<RuleDefinition> rules) {
		return new PublishedRelease(new ReleaseInfo(id, Instant.now(), "tester", "", ""), content, rules);
	}

}
