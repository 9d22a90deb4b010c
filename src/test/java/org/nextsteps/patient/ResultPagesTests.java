package org.nextsteps.patient;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.nextsteps.SharedScenarios;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.resultpage.ResultPage;
import org.nextsteps.resultpage.ResultPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The ready-made parts of result pages: rendered once per release, in the context of the
 * request that first needs them, joined per page view, and never silently blank.
 */
class ResultPagesTests extends WebTestSupport {

	@Autowired
	ResultPages pages;

	@Autowired
	Releases releases;

	@Autowired
	Assessments assessments;

	@Autowired
	SharedResults shared;

	@Autowired
	ServletContext servletContext;

	@Test
	void partsAreRenderedOncePerReleaseAndAgainForAnother() {
		PublishedRelease current = releases.current();
		ResultPage page = pages.of(current, request(""), new MockHttpServletResponse());
		assertThat(pages.of(current, request(""), new MockHttpServletResponse())).isSameAs(page);
		assertThat(pages.ofDraft(releases.draft().release(), request(""), new MockHttpServletResponse()))
			.isNotSameAs(page);
	}

	@Test
	void renderingThePartsLeavesTheRequestAsItWas() {
		MockHttpServletRequest request = request("");
		request.setAttribute("code", "the share code");
		pages.ofDraft(releases.draft().release(), request, new MockHttpServletResponse());
		assertThat(java.util.Collections.list(request.getAttributeNames())).containsExactly("code");
		assertThat(request.getAttribute("code")).isEqualTo("the share code");
	}

	@Test
	void linksCarryTheContextPathOfTheRequestThatRenderedTheParts() throws IOException {
		PublishedRelease release = releases.draft().release();
		ResultPage page = pages.ofDraft(release, request("/guide"), new MockHttpServletResponse());
		Assessments.Result result = assessments.assess(answers(), release);
		assertThat(page.top()).contains("href=\"/guide/css/nextsteps.css\"", "href=\"/guide/urgent-help\"");
		assertThat(page.cards(result.suggestions()))
			.contains("href=\"/guide/options/" + result.suggestions().get(0).ranked().slug() + "\"")
			.as("a draft's option pages do not exist yet: no release in its links")
			.doesNotContain("?release=");
		assertThat(page.tail()).contains("href=\"/guide/start\"");
	}

	@Test
	void aResultIsJoinedFromItsParts() throws IOException {
		PublishedRelease release = releases.current();
		ResultPage page = pages.of(release, request(""), new MockHttpServletResponse());
		Assessments.Result result = assessments.assess(answers(), release);
		String cards = page.cards(result.suggestions());
		assertThat(cards).startsWith("<section aria-labelledby=\"steps-heading\">").endsWith("</section>");
		int full = Math.min(ResultPage.FULL_CARDS, result.suggestions().size());
		assertThat(cards.split("<li class=\"card\">", -1)).hasSize(full + 1);
		assertThat(cards.split("<li class=\"compact\">", -1)).hasSize(result.suggestions().size() - full + 1);
		for (Assessments.Suggestion s : result.suggestions()) {
			assertThat(cards).contains(">Option " + s.ranked().rank() + "<",
					">" + escaped(s.option().content().title()) + "<");
			if (s.ranked().rank() <= ResultPage.FULL_CARDS) {
				s.ranked().reasons().forEach(reason -> assertThat(cards).contains("<li>" + escaped(reason) + "</li>"));
			}
			s.ranked().cautions().forEach(caution -> assertThat(cards).contains("<li>" + escaped(caution) + "</li>"));
		}
		assertThat(page.questions(result.questions()).split("<li>", -1)).hasSize(result.questions().size() + 1);
	}

	@Test
	void aResultPageIsOneWholeDocument() throws IOException {
		String code = shared.code(assessments.assess(answers(), releases.current()));
		String html = get("/r/" + code).body();
		assertThat(html).startsWith("<!DOCTYPE html>");
		assertThat(html.strip()).endsWith("</html>");
		for (String once : List.of("<html", "<main", "</main>", "id=\"steps-heading\"", "id=\"weigh-heading\"",
				"id=\"share\"", "</body>")) {
			assertThat(html.split(once, -1)).as(once).hasSize(2);
		}
		assertThat(html).contains("href=\"/r/" + code + "/compare\"", "href=\"/r/" + code + "/print\"");
		assertThat(get("/r/" + code + "/print").body()).contains("aria-label=\"QR code of the link to this result\"");
	}

	@Test
	void anEmptySectionIsLeftOut() {
		ResultPage page = pages.of(releases.current(), request(""), new MockHttpServletResponse());
		assertThat(page.explanations(List.of())).isEmpty();
		assertThat(page.questions(List.of())).isEmpty();
		assertThat(page.panel("routine")).isEmpty();
		assertThat(page.panel("emergency")).contains("panel--emergency");

	}

	@Test
	void aPartTheReleaseDoesNotHaveIsAnErrorNotABlank() throws IOException {
		PublishedRelease release = releases.current();
		ResultPage page = pages.of(release, request(""), new MockHttpServletResponse());
		Assessments.Suggestion real = assessments.assess(answers(), release).suggestions().get(0);
		RankedOption ranked = real.ranked();
		RankedOption unknownOption = new RankedOption("no-such-option", ranked.stage(), 1, 0, ranked.reasons(),
				List.of());
		RankedOption unknownReason = new RankedOption(ranked.slug(), ranked.stage(), 1, 0,
				List.of("A reason no rule gives"), List.of());
		assertThatIllegalStateException()
			.isThrownBy(() -> page.cards(List.of(new Assessments.Suggestion(unknownOption, real.option()))));
		assertThatIllegalStateException()
			.isThrownBy(() -> page.cards(List.of(new Assessments.Suggestion(unknownReason, real.option()))));
	}

	/**
	 * Issue 13: a comparison always has "start nothing new" beside the top options when
	 * the result offers it, and never more than one column more than the top options.
	 */
	@Test
	void theComparisonHasTheNaturalCourseBesideTheTopOptions() throws IOException {
		Assessments.Result result = assessments.assess(answers(), releases.current());
		List<Assessments.Suggestion> suggestions = new java.util.ArrayList<>(result.suggestions());
		Assessments.Suggestion natural = suggestions.stream()
			.filter(s -> s.option().slug().equals(ResultPage.NATURAL_COURSE))
			.findFirst()
			.orElseThrow();
		suggestions.remove(natural);
		suggestions.add(natural); // last of all: not among the top options
		Assessments.Result lastNatural = new Assessments.Result(result.release(), result.answers(), result.evaluation(),
				suggestions, result.explanations(), result.questions(), result.safetyNet());
		List<Assessments.Suggestion> compared = ResultPage.compared(lastNatural);
		assertThat(compared).hasSize(ResultPage.COMPARE_COUNT + 1).endsWith(natural);
		assertThat(compared.subList(0, ResultPage.COMPARE_COUNT)).doesNotContain(natural)
			.allMatch(s -> s.option().content().stage() != org.nextsteps.content.Stage.URGENT);
		suggestions.remove(natural);
		suggestions.add(0, natural); // first: one of the top options already
		Assessments.Result firstNatural = new Assessments.Result(result.release(), result.answers(),
				result.evaluation(), suggestions, result.explanations(), result.questions(), result.safetyNet());
		assertThat(ResultPage.compared(firstNatural)).hasSize(ResultPage.COMPARE_COUNT).startsWith(natural);
		String cards = pages.of(releases.current(), request(""), new MockHttpServletResponse())
			.cards(result.suggestions());
		String[] each = cards.split("<li class=\"card\">", -1);
		assertThat(each).hasSize(ResultPage.FULL_CARDS + 1);
		for (int i = 1; i < each.length; i++) {
			Assessments.Suggestion s = result.suggestions().get(i - 1);
			assertThat(each[i]).as("the top options in full")
				.contains("<dt>Main benefit</dt>", "<dt>Main downside</dt>",
						escaped(s.option().content().mainDownside()));
		}
		assertThat(each[each.length - 1].substring(each[each.length - 1].indexOf("others-heading")))
			.as("the others compact")
			.doesNotContain("Main benefit", "Main downside", "Why this is suggested");
	}

	private MockHttpServletRequest request(String contextPath) {
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", contextPath + "/r/code");
		request.setContextPath(contextPath);
		return request;
	}

	private org.nextsteps.questionnaire.Answers answers() throws IOException {
		return baseWithPriorities(assessments);
	}

	/** The base scenario with two priorities chosen. */
	@SuppressWarnings("unchecked")
	static org.nextsteps.questionnaire.Answers baseWithPriorities(Assessments assessments) throws IOException {
		Map<String, Object> raw = new HashMap<>(JsonMapper.builder()
			.build()
			.readValue(SharedScenarios.FOLDER.resolve("base.json").toFile(), Map.class));
		raw.put("priorities", Questionnaire.standard().item("priorities").orElseThrow().codes().subList(0, 2));
		ValidationResult valid = assessments.validate(raw);
		assertThat(valid.isValid()).as("answers valid: %s", valid).isTrue();
		return valid.answers();
	}

	private static String escaped(String text) {
		return org.unbescape.html.HtmlEscape.escapeHtml4Xml(text);
	}

}
