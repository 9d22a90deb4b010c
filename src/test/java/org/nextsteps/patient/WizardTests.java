package org.nextsteps.patient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.beans.factory.annotation.Autowired;

import org.nextsteps.assessment.Assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The questionnaire over plain HTTP, as a browser without JavaScript uses it. */
class WizardTests extends WebTestSupport {

	static final Pattern HIDDEN_CODE = Pattern.compile("name=\"a\" value=\"([A-Za-z0-9_-]+)\"");

	@Autowired
	SharedResults shared;

	@Autowired
	Assessments assessments;

	@Test
	void warningSignsComeFirstAndAreNeverPrefilled() {
		String page = get("/start?red_flags=none&injection_type=facet_joint").body();
		assertThat(page).contains("Page 1 of 13").contains("name=\"red_flags\"");
		assertThat(page).doesNotContainPattern("value=\"none\"\\s+checked");
	}

	@Test
	void aClinicianLinkPrefillsLaterAnswers() {
		String code = code(get("/start?injection_type=facet_joint&spine_region=neck").body());
		String injectionPage = follow(postForm(Map.of("page", "0", "a", code, "red_flags", "none")));
		assertThat(injectionPage).contains("Page 2 of 13");
		assertThat(injectionPage).containsPattern("value=\"facet_joint\"\\s+checked");
	}

	/**
	 * Issue 15: a clinician's link with a value the questionnaire does not have, a
	 * parameter it does not know, or answers that do not fit together never strands the
	 * patient: what can be used is filled in, the rest is left out, and the page says so.
	 */
	@Test
	void aClinicLinkWithAnswersThatCannotBeUsedStillStartsWithANotice() {
		HttpResponse<String> good = get("/start?injection_type=facet_joint&spine_region=lower_back");
		assertThat(good.statusCode()).isEqualTo(200);
		assertThat(good.body()).contains("Your clinic filled in some answers for you")
			.doesNotContain("could not be used");
		for (String link : List.of("/start?injection_type=banana", "/start?favourite_colour=blue",
				"/start?injection_type=facet_joint&pain_score=eleven", "/start?red_flags=none")) {
			HttpResponse<String> page = get(link);
			assertThat(page.statusCode()).as(link).isEqualTo(200);
			assertThat(page.body()).as(link)
				.contains("Some of the answers in the link you used could not be used")
				.contains("Page 1 of 13");
		}
		String mixed = get("/start?injection_type=facet_joint&pain_score=eleven").body();
		assertThat(mixed).contains("Your clinic filled in some answers for you");
		String code = code(get("/start?injection_type=facet_joint&pain_score=eleven").body());
		String injectionPage = follow(postForm(Map.of("page", "0", "a", code, "red_flags", "none")));
		assertThat(injectionPage).containsPattern("value=\"facet_joint\"\\s+checked");
		// a damaged share link says so, with a way to start
		HttpResponse<String> damaged = get("/r/not-a-real-code");
		assertThat(damaged.statusCode()).isEqualTo(400);
		assertThat(damaged.body()).contains("This link is incomplete or was changed", "href=\"/start\"");
	}

	@Test
	void junkInTheQueryIsABadRequest() {
		assertThat(get("/start?page=99").statusCode()).isEqualTo(400);
		assertThat(get("/start?page=x").statusCode()).isEqualTo(400);
		assertThat(get("/start?a=tampered").statusCode()).isEqualTo(400);
		assertThat(get("/start/check?a=tampered").statusCode()).isEqualTo(400);
		assertThat(get("/start/urgent?a=tampered").statusCode()).isEqualTo(400);
	}

	@Test
	void aPageWithoutAnAnswerIsShownAgainWithAClearMessage() {
		HttpResponse<String> response = postForm(Map.of("page", "0"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("There is a problem")
			.contains("href=\"#red_flags\"")
			.contains("Select all the warning signs you have");
		HttpResponse<String> combined = postForm(Map.of("page", "0", "red_flags", "none"),
				Map.of("red_flags", "saddle_numbness"));
		assertThat(combined.statusCode()).isEqualTo(400);
		assertThat(combined.body()).contains("None of these").doesNotContain("q.red_flags");
	}

	@Test
	void painScoreOutOfRangeIsRefused() {
		String code = code(follow(postForm(Map.of("page", "0", "red_flags", "none"))));
		int painPage = FLOW.pageOf("pain_score").index();
		HttpResponse<String> response = postForm(
				Map.of("page", String.valueOf(painPage), "a", code, "pain_score", "11"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"pain_score-error\"");
	}

	@Test
	void anEmergencyAnswerGoesStraightToTheUrgentPage() {
		HttpResponse<String> response = postForm(Map.of("page", "0", "red_flags", "bladder_bowel_change"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/start/urgent?a=");
		assertThat(follow(response)).contains("Call an ambulance now, or go to the nearest emergency room");
	}

	/**
	 * Issue 13: on the urgent page the emergency numbers are one tap away, and a sign
	 * ticked by mistake has a way back to the warning signs, the answers kept.
	 */
	@Test
	void theUrgentPageCallsWithOneTapAndHasAWayBack() {
		String page = follow(postForm(Map.of("page", "0", "red_flags", "bladder_bowel_change")));
		assertThat(page).contains("href=\"tel:911\"", "href=\"tel:999\"", "href=\"tel:112\"");
		assertThat(page.indexOf("href=\"tel:999\"")).isLessThan(page.indexOf("Ticked a sign by mistake?"));
		java.util.regex.Matcher back = java.util.regex.Pattern
			.compile("href=\"(/start\\?page=0&amp;a=[^\"]+)\">Ticked a sign")
			.matcher(page);
		assertThat(back.find()).as("a link back to the warning signs").isTrue();
		String signs = get(back.group(1).replace("&amp;", "&")).body();
		assertThat(signs).containsPattern("value=\"bladder_bowel_change\"[^>]*checked");
	}

	/**
	 * questionnaire.md (2026-12-01): offer the patient the findings that fit their
	 * injection.
	 */
	@Test
	void theScanFindingsOfferedFitTheInjection() {
		int findings = FLOW.pageOf("imaging_findings").index();
		String joint = get(
				"/start?page=" + findings + "&injection_type=joint_or_tendon_steroid&imaging=ct_or_xray_only")
			.body();
		assertThat(joint).contains("value=\"joint_arthritis\"")
			.contains("value=\"tendon_or_soft_tissue_problem\"")
			.contains("value=\"not_sure\"")
			.doesNotContain("value=\"herniated_disc\"")
			.doesNotContain("value=\"facet_arthritis\"");
		String spine = get("/start?page=" + findings + "&injection_type=facet_joint&spine_region=lower_back"
				+ "&imaging=mri_within_year")
			.body();
		assertThat(spine).contains("value=\"herniated_disc\"")
			.contains("value=\"facet_arthritis\"")
			.doesNotContain("value=\"joint_arthritis\"");
	}

	@Test
	void theNewWarningSignsLeadToTheirAdvice() {
		HttpResponse<String> emergency = postForm(
				Map.of("page", "0", "red_flags", "fever_with_stiff_neck_or_confusion"));
		assertThat(follow(emergency)).contains("Call an ambulance now, or go to the nearest emergency room")
			.contains("If things change");
		HttpResponse<String> urgent = postForm(Map.of("page", "0", "red_flags", "hand_clumsiness_or_unsteady_walking"));
		assertThat(follow(urgent)).contains("Contact your doctor or an urgent care service today")
			.contains("If you take a blood thinner and have new weakness or numbness, call an ambulance now.");
	}

	@Test
	void aQuestionThatNoLongerAppliesIsDropped() {
		String code = code(follow(postForm(Map.of("page", "0", "red_flags", "none"))));
		int reliefPage = FLOW.pageOf("relief_duration").index();
		int amountPage = FLOW.pageOf("relief_amount").index();
		String amount = follow(
				postForm(Map.of("page", String.valueOf(reliefPage), "a", code, "relief_duration", "hours")));
		assertThat(amount).contains("name=\"relief_amount\"");
		String withAmount = code(follow(postForm(Map.of("page", String.valueOf(amountPage), "a", code(amount),
				"relief_amount", "almost_complete", "pain_now_vs_before", "same"))));
		HttpResponse<String> none = postForm(
				Map.of("page", String.valueOf(reliefPage), "a", withAmount, "relief_duration", "none"));
		String next = follow(none);
		assertThat(next).doesNotContain("name=\"relief_amount\"");
		var decoded = shared.decode(code(next)).orElseThrow();
		assertThat(decoded.rawAnswers()).containsEntry("relief_duration", "none").doesNotContainKey("relief_amount");
	}

	/**
	 * Issue 13: after a mistake the error summary is the first thing on the page and
	 * takes the focus, without JavaScript.
	 */
	@Test
	void theErrorSummaryComesFirstAndTakesTheFocus() {
		String page = postForm(Map.of("page", "0")).body();
		String main = page.substring(page.indexOf("<main"));
		assertThat(main).containsPattern("^<main[^>]*>\\s*<div class=\"error-summary\"[^>]*tabindex=\"-1\" autofocus>");
		assertThat(main.indexOf("error-summary")).isLessThan(main.indexOf("back-link"));
	}

	/**
	 * Issue 13: progress counts the pages this patient will see: one more a page, a total
	 * that only falls as answers rule pages out, and the home page's promise matches.
	 */
	@Test
	void progressCountsThePagesThisPatientWillSee() {
		Walk most = walk(MOST);
		Walk fewest = walk(FEWEST);
		for (Walk walk : List.of(most, fewest)) {
			int pages = walk.progress().size();
			for (int i = 0; i < pages; i++) {
				assertThat(walk.progress().get(i).number()).isEqualTo(i + 1);
				assertThat(walk.progress().get(i).total())
					.isLessThanOrEqualTo(i == 0 ? 13 : walk.progress().get(i - 1).total());
			}
			assertThat(walk.progress().get(pages - 1).total()).isEqualTo(pages);
		}
		assertThat(most.progress()).hasSize(13);
		assertThat(fewest.progress()).hasSize(11);
		assertThat(get("/").body()).contains("about 10 minutes: 11 to 13 short pages of questions");
	}

	/**
	 * Issue 13: the walking question is about leg pain, so it is asked only when leg pain
	 * was ticked; otherwise the wizard answers no, as its hint used to ask the patient
	 * to.
	 */
	@Test
	void theWalkingQuestionIsAskedOnlyWithLegPain() {
		Walk most = walk(MOST);
		assertThat(most.asked()).contains("walking_worse");
		assertThat(answersAt(most.check())).containsEntry("walking_worse", "yes");
		Walk fewest = walk(FEWEST);
		assertThat(fewest.asked()).contains("pain_location").doesNotContain("walking_worse");
		assertThat(answersAt(fewest.check())).containsEntry("walking_worse", "no");
		assertThat(get(fewest.check()).body()).doesNotContain("Does your leg hurt more");
	}

	/** Issue 13: the check page lists its rows under the step headings. */
	@Test
	void theCheckPageGroupsTheAnswersUnderTheStepHeadings() {
		String check = get("/start/check?a=" + codeOf(MOST)).body();
		Matcher heading = Pattern.compile("<h2 id=\"step-(\\d)\">([^<]+)</h2>").matcher(check);
		List<String> headings = new ArrayList<>();
		while (heading.find()) {
			headings.add(heading.group(2));
		}
		assertThat(headings).containsExactly("Safety check", "Your injection", "How it went", "Your pain",
				"Tests and health history", "What you have tried", "What matters to you");
		String pain = check.substring(check.indexOf("<h2 id=\"step-4\">"), check.indexOf("<h2 id=\"step-5\">"));
		assertThat(pain.split("class=\"summary-list__row\"", -1)).hasSize(7);
		assertThat(check.split("class=\"summary-list__row\"", -1)).hasSize(23);
	}

	/**
	 * Issue 13: "Change" goes back to the check page; when the change makes a follow-up
	 * question apply, the wizard asks just that first.
	 */
	@Test
	void aChangeAsksJustTheFollowUpItBroughtThenReturnsToTheCheckPage() {
		String code = codeOf(FEWEST);
		int painPage = FLOW.pageOf("pain_location").index();
		String change = get("/start?page=" + painPage + "&a=" + code + "&return=check").body();
		assertThat(change).contains("name=\"numbness_tingling\"")
			.contains("class=\"back-link\" href=\"/start/check?a=")
			.doesNotContain("class=\"progress\"");
		HttpResponse<String> legPain = postFields(List.of(Map.entry("page", String.valueOf(painPage)),
				Map.entry("a", code(change)), Map.entry("return", "check"), Map.entry("pain_location", "one_leg"),
				Map.entry("numbness_tingling", "no")));
		assertThat(location(legPain)).contains("page=" + FLOW.pageOf("walking_worse").index()).contains("return=check");
		String followUp = follow(legPain);
		assertThat(followUp).contains("name=\"walking_worse\"")
			.doesNotContain("name=\"pain_location\"")
			.containsPattern(
					"class=\"back-link\" href=\"/start\\?page=" + painPage + "&amp;a=[\\w-]+&amp;return=check\"");
		HttpResponse<String> walking = postFields(List.of(
				Map.entry("page", String.valueOf(FLOW.pageOf("walking_worse").index())), Map.entry("a", code(followUp)),
				Map.entry("return", "check"), Map.entry("walking_worse", "yes")));
		assertThat(location(walking)).contains("/start/check?a=");
		assertThat(answersAt(location(walking))).containsEntry("walking_worse", "yes")
			.containsEntry("pain_location", List.of("one_leg"));

		// a follow-up on a page of answered questions: only the new one is asked
		int injectionPage = FLOW.pageOf("injection_type").index();
		HttpResponse<String> spine = postFields(List.of(Map.entry("page", String.valueOf(injectionPage)),
				Map.entry("a", code), Map.entry("return", "check"), Map.entry("injection_type", "facet_joint")));
		String region = follow(spine);
		assertThat(region).contains("name=\"spine_region\"").doesNotContain("name=\"injection_count\"");
		HttpResponse<String> neck = postFields(
				List.of(Map.entry("page", String.valueOf(FLOW.pageOf("spine_region").index())),
						Map.entry("a", code(region)), Map.entry("return", "check"), Map.entry("spine_region", "neck")));
		assertThat(answersAt(location(neck))).containsEntry("spine_region", "neck")
			.containsEntry("injection_count", "two_or_three");

		// no follow-up: straight back
		HttpResponse<String> score = postFields(
				List.of(Map.entry("page", String.valueOf(FLOW.pageOf("pain_score").index())), Map.entry("a", code),
						Map.entry("return", "check"), Map.entry("pain_duration", "over_1_year"),
						Map.entry("pain_score", "3"), Map.entry("daily_impact", "mild")));
		assertThat(location(score)).contains("/start/check?a=");
	}

	/** Issue 13: a follow-up question sits on a page after the answer it depends on. */
	@Test
	void eachFollowUpComesAfterTheAnswerItDependsOn() {
		assertThat(FLOW.pageOf("walking_worse").index()).isGreaterThan(FLOW.pageOf("pain_location").index());
		List<List<String>> together = new ArrayList<>(QuestionnaireFlow.STANDARD_PAGES);
		together.set(FLOW.pageOf("pain_location").index(),
				List.of("pain_location", "numbness_tingling", "walking_worse"));
		together.remove(FLOW.pageOf("walking_worse").index());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QuestionnaireFlow(Questionnaire.standard(), together));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new QuestionnaireFlow(Questionnaire.standard(), QuestionnaireFlow.STANDARD_PAGES.subList(0, 12)));
	}

	/** A spine injection with leg pain and a scan: every page is shown. */
	static final Map<String, Object> MOST = with(ShareCodeTests.RAW, "pain_location",
			List.of("back_or_neck", "one_leg"), "walking_worse", "yes");

	/**
	 * A knee injection without leg pain or a scan: the fewest pages. The walking answer
	 * is the one the wizard gives itself; a walk never posts it.
	 */
	static final Map<String, Object> FEWEST = with(ShareCodeTests.RAW, "injection_type", "joint_or_tendon_steroid",
			"spine_region", null, "relief_duration", "none", "relief_amount", null, "pain_location",
			List.of("joint_or_limb"), "imaging", "none", "imaging_findings", null, "priorities", null);

	/** The answers with some changed; a {@code null} takes one out. */
	private static Map<String, Object> with(Map<String, Object> answers, Object... changes) {
		Map<String, Object> changed = new LinkedHashMap<>(answers);
		for (int i = 0; i < changes.length; i += 2) {
			changed.put((String) changes[i], changes[i + 1]);
		}
		changed.values().removeIf(Objects::isNull);
		return Map.copyOf(changed);
	}

	static final QuestionnaireFlow FLOW = new QuestionnaireFlow(Questionnaire.standard());

	static final Pattern PROGRESS = Pattern.compile("<p class=\"progress\">Page (\\d+) of (\\d+)</p>");

	static final Pattern PAGE = Pattern.compile("name=\"page\" value=\"(\\d+)\"");

	static final Pattern QUESTION = Pattern.compile("type=\"(?:radio|checkbox)\" id=\"[\\w-]+\" name=\"(\\w+)\"");

	/**
	 * The pages a patient saw, their progress, what they were asked, and the check page.
	 */
	record Walk(List<QuestionnaireFlow.Progress> progress, Set<String> asked, String check) {
	}

	/**
	 * Answers every page from {@code answers}, from the first page to "Check your
	 * answers".
	 */
	private Walk walk(Map<String, Object> answers) {
		List<QuestionnaireFlow.Progress> progress = new ArrayList<>();
		Set<String> asked = new LinkedHashSet<>();
		String page = get("/start").body();
		for (int guard = 0; guard < 20; guard++) {
			Matcher line = PROGRESS.matcher(page);
			assertThat(line.find()).as("progress line").isTrue();
			progress
				.add(new QuestionnaireFlow.Progress(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2))));
			Matcher index = PAGE.matcher(page);
			assertThat(index.find()).isTrue();
			List<Map.Entry<String, String>> fields = new ArrayList<>(
					List.of(Map.entry("page", index.group(1)), Map.entry("a", code(page))));
			Matcher question = QUESTION.matcher(page);
			Set<String> names = new LinkedHashSet<>();
			while (question.find()) {
				names.add(question.group(1));
			}
			for (String name : names) {
				Object answer = answers.get(name);
				List<?> values = answer instanceof List<?> list ? list : answer == null ? List.of() : List.of(answer);
				values.forEach(value -> fields.add(Map.entry(name, String.valueOf(value))));
			}
			asked.addAll(names);
			HttpResponse<String> response = postFields(fields);
			if (location(response).contains("/start/check")) {
				return new Walk(progress, asked, location(response).substring(baseUrl().length()));
			}
			page = follow(response);
		}
		throw new AssertionError("The questionnaire did not end");
	}

	private String codeOf(Map<String, Object> answers) {
		ValidationResult valid = assessments.validate(answers);
		assertThat(valid.errors()).isEmpty();
		return shared.currentCode(valid.answers());
	}

	/** The answers in the code of a wizard address. */
	private Map<String, Object> answersAt(String location) {
		Matcher m = Pattern.compile("[?&]a=([\\w-]+)").matcher(location);
		assertThat(m.find()).isTrue();
		return shared.decode(m.group(1)).orElseThrow().rawAnswers();
	}

	private static String location(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		return redirect.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> postFields(List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> postForm(Map<String, String> fields) {
		return postForm(fields, Map.of());
	}

	private HttpResponse<String> postForm(Map<String, String> fields, Map<String, String> more) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields.entrySet());
		all.addAll(more.entrySet());
		return postFields(all);
	}

	private String follow(HttpResponse<String> redirect) {
		String location = location(redirect);
		assertThat(redirect.headers().allValues("Set-Cookie")).isEmpty();
		return send(HttpRequest.newBuilder(URI.create(location)).GET().build()).body();
	}

	private static String code(String page) {
		Matcher m = HIDDEN_CODE.matcher(page);
		assertThat(m.find()).as("hidden answers field").isTrue();
		return m.group(1);
	}

}
