package org.nextsteps.resultpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unbescape.html.HtmlEscape.escapeHtml4Xml;

/**
 * The result page module on its own: no other module's bean, the seed content and rules
 * compiled as releases in memory. A page is joined from the parts rendered for the
 * release it is given, with the site's templates and messages: that release named in the
 * footer, the cards in the order of the ranks, the safety net by level. Lazy and without
 * Flyway, so no database is opened.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.main.lazy-initialization=true", "spring.flyway.enabled=false" })
class ResultPageModuleTests implements ModuleTest {

	static final ContentSnapshot CONTENT = ContentSeed.load(JsonMapper.builder().build());

	static final PublishedRelease FIRST = TestReleases.compiled(1, CONTENT, RuleDefinitions.seed());

	static final PublishedRelease SECOND = TestReleases.compiled(2, CONTENT, RuleDefinitions.seed());

	@Autowired
	ResultPages pages;

	@Autowired
	ServletContext servletContext;

	/**
	 * Every part is ASCII, in both languages: a page joined from them is encoded to UTF-8
	 * by one copy (docs/performance.md).
	 */
	@Test
	void everyPartIsWrittenInAsciiSoThatAPageIsEncodedByOneCopy() {
		assertThat(ResultPages.ascii("Espa\u00f1ol \u2019 \uD83D\uDE00 <b>&amp;"))
			.isEqualTo("Espa&#241;ol &#8217; &#128512; <b>&amp;");
		String plain = "<p>plain</p>";
		assertThat(ResultPages.ascii(plain)).isSameAs(plain);
		for (PublishedRelease release : List.of(FIRST, FIRST.in(org.nextsteps.system.Language.SPANISH))) {
			ResultPage page = pages.of(release, new MockHttpServletRequest(servletContext, "GET", "/r/code"),
					new MockHttpServletResponse());
			String parts = page.top() + page.safetyNet(release.safetyNet(List.of())) + page.bottom()
					+ (release == FIRST ? page.cards(lastThreeRanked()) : "");
			assertThat(parts.chars().allMatch(c -> c < 0x80)).as("%s is ASCII", release.language()).isTrue();
			assertThat(org.unbescape.html.HtmlEscape.unescapeHtml(page.top()))
				.contains(release.language() == org.nextsteps.system.Language.SPANISH ? ">English<" : ">Espa\u00f1ol<");
		}
	}

	@Test
	void aPageIsJoinedFromThePartsOfTheReleaseItIsGiven() {
		ResultPage page = pages.of(FIRST, new MockHttpServletRequest(servletContext, "GET", "/r/code"),
				new MockHttpServletResponse());
		assertThat(page.top()).startsWith("<!DOCTYPE html>");
		assertThat(page.bottom()).contains("Content release 1,", "</html>");
		assertThat(pages
			.of(SECOND, new MockHttpServletRequest(servletContext, "GET", "/r/code"), new MockHttpServletResponse())
			.bottom()).contains("Content release 2,");

		List<Assessments.Suggestion> suggestions = lastThreeRanked();
		String cards = page.cards(suggestions);
		int at = 0;
		for (Assessments.Suggestion suggestion : suggestions) {
			int rank = cards.indexOf(">Option " + suggestion.ranked().rank() + "<", at);
			int title = cards.indexOf(">" + escapeHtml4Xml(suggestion.option().content().title()) + "<", at);
			assertThat(rank).as("rank %s after the card before", suggestion.ranked().rank()).isGreaterThan(at);
			assertThat(title).as("its title after its rank").isGreaterThan(rank);
			at = title;
		}

		List<SafetyNetLine> lines = FIRST.safetyNet(List.of());
		String safetyNet = page.safetyNet(lines);
		int today = safetyNet.indexOf("Contact a doctor or an urgent care service today");
		assertThat(today).isPositive();
		for (SafetyNetLine line : lines) {
			int shown = safetyNet.indexOf("<li>" + escapeHtml4Xml(line.text()) + "</li>");
			assertThat(shown).as("line %s", line.key()).isPositive();
			assertThat(shown < today).as("line %s under its level", line.key())
				.isEqualTo(line.level() == SafetyNetLine.Level.EMERGENCY);
		}
	}

	/**
	 * The release's last three options ranked 1 to 3, each with a reason of its rules: a
	 * ranking no evaluation made, so the order shown is the ranks'.
	 */
	private static List<Assessments.Suggestion> lastThreeRanked() {
		List<RenderedOption> options = FIRST.options();
		String reason = FIRST.rules()
			.definitions()
			.stream()
			.map(RuleDefinition::reason)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
		List<Assessments.Suggestion> suggestions = new ArrayList<>();
		for (int rank = 1; rank <= 3; rank++) {
			RenderedOption option = options.get(options.size() - rank);
			suggestions.add(new Assessments.Suggestion(
					new RankedOption(option.slug(), option.content().stage(), rank, 0, List.of(reason), List.of()),
					option));
		}
		return suggestions;
	}

}
