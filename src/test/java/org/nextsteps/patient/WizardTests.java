package org.nextsteps.patient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire over plain HTTP, as a browser without JavaScript uses it. */
class WizardTests extends WebTestSupport {

	static final Pattern HIDDEN_CODE = Pattern.compile("name=\"a\" value=\"([A-Za-z0-9_-]+)\"");

	@Autowired
	SharedResults shared;

	@Test
	void warningSignsComeFirstAndAreNeverPrefilled() {
		String page = get("/start?red_flags=none&injection_type=facet_joint").body();
		assertThat(page).contains("Step 1 of 7").contains("name=\"red_flags\"");
		assertThat(page).doesNotContainPattern("value=\"none\"\\s+checked");
	}

	@Test
	void aClinicianLinkPrefillsLaterAnswers() {
		String code = code(get("/start?injection_type=facet_joint&spine_region=neck").body());
		String injectionPage = follow(postForm(Map.of("page", "0", "a", code, "red_flags", "none")));
		assertThat(injectionPage).contains("Step 2 of 7");
		assertThat(injectionPage).containsPattern("value=\"facet_joint\"\\s+checked");
	}

	@Test
	void junkInTheQueryIsABadRequest() {
		assertThat(get("/start?injection_type=botox").statusCode()).isEqualTo(400);
		assertThat(get("/start?favourite_colour=blue").statusCode()).isEqualTo(400);
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
		int painPage = new QuestionnaireFlow(org.nextsteps.questionnaire.Questionnaire.standard()).pageOf("pain_score")
			.index();
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
		assertThat(follow(response)).contains("Call an ambulance or go to the emergency department now");
	}

	/**
	 * questionnaire.md (2026-12-01): offer the patient the findings that fit their
	 * injection.
	 */
	@Test
	void theScanFindingsOfferedFitTheInjection() {
		int findings = new QuestionnaireFlow(org.nextsteps.questionnaire.Questionnaire.standard())
			.pageOf("imaging_findings")
			.index();
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
		assertThat(follow(emergency)).contains("Call an ambulance or go to the emergency department now")
			.contains("If things change");
		HttpResponse<String> urgent = postForm(Map.of("page", "0", "red_flags", "hand_clumsiness_or_unsteady_walking"));
		assertThat(follow(urgent)).contains("Contact your doctor or an urgent care service today")
			.contains("If you take a blood thinner and have new weakness or numbness, call an ambulance now.");
	}

	@Test
	void aQuestionThatNoLongerAppliesIsDropped() {
		var flow = new QuestionnaireFlow(org.nextsteps.questionnaire.Questionnaire.standard());
		String code = code(follow(postForm(Map.of("page", "0", "red_flags", "none"))));
		int reliefPage = flow.pageOf("relief_duration").index();
		int amountPage = flow.pageOf("relief_amount").index();
		String amount = follow(
				postForm(Map.of("page", String.valueOf(reliefPage), "a", code, "relief_duration", "hours")));
		assertThat(amount).contains("name=\"relief_amount\"");
		String withAmount = code(follow(postForm(
				Map.of("page", String.valueOf(amountPage), "a", code(amount), "relief_amount", "almost_complete"))));
		HttpResponse<String> none = postForm(
				Map.of("page", String.valueOf(reliefPage), "a", withAmount, "relief_duration", "none"));
		String next = follow(none);
		assertThat(next).doesNotContain("name=\"relief_amount\"");
		var decoded = shared.decode(code(next)).orElseThrow();
		assertThat(decoded.rawAnswers()).containsEntry("relief_duration", "none").doesNotContainKey("relief_amount");
	}

	private HttpResponse<String> postForm(Map<String, String> fields) {
		return postForm(fields, Map.of());
	}

	private HttpResponse<String> postForm(Map<String, String> fields, Map<String, String> more) {
		String body = java.util.stream.Stream.concat(fields.entrySet().stream(), more.entrySet().stream())
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private String follow(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		assertThat(redirect.headers().allValues("Set-Cookie")).isEmpty();
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return send(HttpRequest.newBuilder(URI.create(location)).GET().build()).body();
	}

	private static String code(String page) {
		Matcher m = HIDDEN_CODE.matcher(page);
		assertThat(m.find()).as("hidden answers field").isTrue();
		return m.group(1);
	}

}
