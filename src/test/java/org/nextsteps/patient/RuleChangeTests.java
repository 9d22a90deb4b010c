package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.pathway.RuleKind;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors change the ranking by changing data: one rule row edited and published, no code
 * change.
 */
class RuleChangeTests extends WebTestSupport {

	@Autowired
	RuleDrafts ruleDrafts;

	@Autowired
	Releases releases;

	@Autowired
	Assessments assessments;

	@Autowired
	SharedResults shared;

	@Test
	void changingOneRuleRowAndPublishingChangesTheRanking() {
		var answers = ShareCodeTests.answers();
		List<RankedOption> before = assessments.assess(answers).evaluation().options();
		RankedOption last = before.get(before.size() - 1);
		List<RuleDefinition> original = ruleDrafts.all();
		RuleDefinition rule = original.stream()
			.filter(r -> r.enabled() && r.kind() == RuleKind.SUGGEST && r.target().equals(last.slug())
					&& last.reasons().contains(r.reason()))
			.findFirst()
			.orElseThrow();
		List<RuleDefinition> changed = new ArrayList<>();
		for (RuleDefinition r : original) {
			changed.add(r != rule ? r : new RuleDefinition(r.key(), r.kind(), r.when(), r.target(), 100, r.reason(),
					r.sources(), r.enabled()));
		}
		long publishedBefore = releases.current().id();
		try {
			ruleDrafts.replaceWith(changed, "tester");
			assertThat(rankOf(last.slug(), assessments.assess(answers).evaluation().options()))
				.as("drafts do not reach patients before publishing")
				.isEqualTo(last.rank());
			TestReleases.publishDraft(releases, "tester", "raise " + rule.key());
			assertThat(releases.current().id()).isGreaterThan(publishedBefore);
			assertThat(rankOf(last.slug(), assessments.assess(answers).evaluation().options())).isLessThan(last.rank());
			// a result pinned to the earlier release still ranks as before
			assertThat(rankOf(last.slug(),
					assessments.assess(answers, releases.find(publishedBefore).orElseThrow()).evaluation().options()))
				.isEqualTo(last.rank());
		}
		finally {
			ruleDrafts.replaceWith(original, "tester");
			TestReleases.publishDraft(releases, "tester", "restore after rule change test");
		}
	}

	/**
	 * Issue 13: a result made on an older release links to that release's option pages,
	 * which say that the guide has changed since and link to the current page.
	 */
	@Test
	void aResultOnAnOlderReleaseOpensThatReleasesOptionPages() {
		Assessments.Result old = assessments.assess(ShareCodeTests.answers(), releases.current());
		long oldId = old.release().id();
		String code = shared.code(old);
		String slug = old.suggestions().get(0).ranked().slug();
		assertThat(get("/r/" + code).body()).contains("href=\"/options/" + slug + "?release=" + oldId + "\"");
		TestReleases.publishDraft(releases, "tester", "a newer release");
		long newId = releases.current().id();
		assertThat(newId).isGreaterThan(oldId);
		String page = get("/options/" + slug + "?release=" + oldId).body();
		assertThat(page).contains("as it was in content release " + oldId, "href=\"/options/" + slug + "\"");
		assertThat(get("/options/" + slug + "?release=" + newId).body()).doesNotContain("as it was in content release");
		assertThat(get("/options/" + slug).body()).doesNotContain("as it was in content release");
		assertThat(get("/options/" + slug + "?release=" + (newId + 50)).statusCode()).isEqualTo(404);
		assertThat(get("/options/no-such-option?release=" + oldId).statusCode()).isEqualTo(404);
	}

	static int rankOf(String slug, List<RankedOption> options) {
		return options.stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow().rank();
	}

}
