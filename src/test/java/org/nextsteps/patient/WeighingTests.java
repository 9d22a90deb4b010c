package org.nextsteps.patient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.Releases;
import org.nextsteps.resultpage.Reflection;
import org.nextsteps.resultpage.ResultPage;
import org.nextsteps.resultpage.ResultViews;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the weighing exercise, the leaning and the readiness check. Posting them
 * stores nothing: the same result comes back under a share code that holds them, so the
 * result page, the print page and a clinician opening the link all see them; what the
 * form could not have sent is refused with a 400; and the weighing never changes the
 * order of the options, urgent advice or a caution.
 */
class WeighingTests extends WebTestSupport {

	@Autowired
	Assessments assessments;

	@Autowired
	Releases releases;

	@Autowired
	SharedResults shared;

	@Test
	void whatThePatientSaysTravelsInTheShareLinkToTheResultAndThePrint() throws IOException {
		Assessments.Result result = assessments.assess(answers(), releases.current());
		String code = shared.code(result);
		List<Assessments.Suggestion> compared = ResultPage.compared(result);
		List<String> shown = ResultPage.tradeOffs(compared);
		String leaning = compared.get(1).ranked().slug();
		String form = "value." + shown.get(0) + "=5&value." + shown.get(1) + "=1&leaning=" + leaning
				+ "&ready.sure=no&ready.informed=yes&ready.values=yes&ready.support=yes&next=fit";
		HttpResponse<String> posted = postForm("/r/" + code + "/weigh", form);
		assertThat(posted.statusCode()).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/r/").endsWith("/weigh#weigh-fit");
		String newCode = location.substring(location.indexOf("/r/") + 3, location.indexOf("/weigh#"));
		assertThat(newCode).isNotEqualTo(code);

		String page = get("/r/" + newCode + "/weigh").body();
		assertThat(page).contains("id=\"value-" + shown.get(0) + "-5\" name=\"value." + shown.get(0)
				+ "\" value=\"5\" checked=\"checked\"");
		assertThat(page).contains("id=\"leaning-" + leaning + "\" value=\"" + leaning + "\" checked=\"checked\"");
		assertThat(page).contains("id=\"ready-sure-no\" name=\"ready.sure\" value=\"no\" checked=\"checked\"");
		assertThat(page).contains("id=\"weigh-fit\"", "id=\"ready-outcome\"", "That is common");
		String resultPage = get("/r/" + newCode).body();
		assertThat(resultPage).contains("Leaning toward:", escaped(compared.get(1).option().content().title()),
				"That is common", "href=\"/r/" + newCode + "/weigh\"");
		assertThat(cardOrder(resultPage)).as("the order of the options never changes")
			.isEqualTo(cardOrder(get("/r/" + code).body()));

		String print = get("/r/" + newCode + "/print").body();
		assertThat(print).contains("Leaning toward:", escaped(compared.get(1).option().content().title()),
				"Most of all", "Sure what to do: No");

		Reflection decoded = shared.fromCode(newCode).orElseThrow().reflection();
		assertThat(decoded.rating(shown.get(0))).isEqualTo(5);
		assertThat(decoded.leaning()).isEqualTo(leaning);
		assertThat(decoded.readinessOutcome()).isEqualTo("not-yet");
	}

	@Test
	void whatTheFormCouldNotHaveSentIsRefusedAndNothingChanges() throws IOException {
		String code = shared.code(assessments.assess(answers(), releases.current()));
		for (String bad : List.of("value.fastest_relief=6", "value.fastest_relief=0", "value.fastest_relief=x",
				"value.no_such_thing=3", "leaning=emergency-care", "leaning=no-such-option", "ready.sure=maybe",
				"ready.nothing=yes", "value.lowest_risk=2&value.lowest_risk=3", "next=elsewhere", "extra=1")) {
			HttpResponse<String> response = postForm("/r/" + code + "/weigh", bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(response.body()).as(bad).doesNotContain("Exception", "at org.");
		}
		assertThat(postForm("/r/not-a-code/weigh", "value.lowest_risk=2").statusCode()).isEqualTo(400);
	}

	@Test
	void aWeighingPostedFromAnotherSiteIsRefused() throws IOException {
		String code = shared.code(assessments.assess(answers(), releases.current()));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/r/" + code + "/weigh"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://elsewhere.example")
			.header("Sec-Fetch-Site", "cross-site")
			.POST(HttpRequest.BodyPublishers.ofString("value.lowest_risk=5"))
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void anUrgentResultOffersNoWeighing() {
		Map<String, Object> raw = new HashMap<>();
		raw.put("red_flags", List.of("fever_or_site_infection"));
		ValidationResult valid = assessments.validate(raw);
		assertThat(valid.isValid()).as("%s", valid).isTrue();
		Assessments.Result result = assessments.assess(valid.answers(), releases.current());
		assertThat(result.evaluation().disposition().code()).isIn("urgent", "emergency");
		String page = get("/r/" + shared.code(result)).body();
		assertThat(page).doesNotContain("id=\"weigh\"", "Keep a pain diary");
		assertThat(get("/r/" + shared.code(result) + "/weigh").statusCode()).isEqualTo(404);
		assertThat(result.suggestions().get(0).option().content().stage().code()).isEqualTo("urgent");
		String first = page.substring(page.indexOf("<li class=\"card\">"));
		first = first.substring(0, first.indexOf("<li class=\"card\">", 1) > 0 ? first.indexOf("<li class=\"card\">", 1)
				: first.indexOf("</ol>"));
		assertThat(first).as("urgent advice has no badges, invasiveness or balance")
			.doesNotContain("tag--", "How invasive", "Main downside");
	}

	@Test
	void theVerdictFollowsWhatMattersAndOnlyThat() throws IOException {
		Assessments.Result result = assessments.assess(answers(), releases.current());
		for (Assessments.Suggestion s : ResultPage.compared(result)) {
			assertThat(ResultPage.verdict(s, Reflection.NONE)).isEqualTo("none");
			Map<String, Integer> allLittle = new HashMap<>();
			Reflection.VALUES.forEach(v -> allLittle.put(v, Reflection.MATTERS - 1));
			assertThat(ResultPage.verdict(s, new Reflection(allLittle, null, Map.of())))
				.as("ratings below 'some' do not count")
				.isEqualTo("none");
			for (String value : Reflection.VALUES) {
				String verdict = ResultPage.verdict(s, new Reflection(Map.of(value, 5), null, Map.of()));
				assertThat(verdict).isEqualTo(switch (ResultPage.fit(s, value)) {
					case GOOD -> "good";
					case POOR -> "poor";
					case NEUTRAL -> "none";
				});
			}
		}
		assertThat(ResultPage.fit(ResultPage.compared(result).get(0), "no-such-value"))
			.isEqualTo(ResultViews.Fit.NEUTRAL);
	}

	private HttpResponse<String> postForm(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", baseUrl())
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The options' titles in the order the page lists them. */
	private static List<String> cardOrder(String page) {
		return java.util.regex.Pattern.compile("<a href=\"/options/([a-z0-9-]+)[?\"]")
			.matcher(page.substring(page.indexOf("id=\"steps-heading\""), page.indexOf("id=\"safety-heading\"")))
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	private static String escaped(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

	private Answers answers() throws IOException {
		return ResultPagesTests.baseWithPriorities(assessments);
	}

}
