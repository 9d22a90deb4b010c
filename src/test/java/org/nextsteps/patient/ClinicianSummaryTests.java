package org.nextsteps.patient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.SharedScenarios;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.Guidance;
import org.nextsteps.content.OptionContent;
import org.nextsteps.pathway.Trace;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the clinician summary at {@code /r/{code}/clinician}: the result in clinical
 * terms, from the share link alone, with the rules that fired for each option, evidence
 * status and guideline positions, and the release.
 */
class ClinicianSummaryTests extends WebTestSupport {

	@Autowired
	Assessments assessments;

	@Autowired
	Releases releases;

	@Autowired
	SharedResults shared;

	@Autowired
	MessageSource messages;

	@Test
	void everyItemAndCodeOfTheQuestionnaireHasAClinicalLabel() {
		for (Item item : Questionnaire.standard().items()) {
			assertThat(messages.getMessage(ClinicianSummary.ITEM_KEY + item.linkId(), null, null, Locale.ENGLISH))
				.as(item.linkId())
				.isNotBlank();
			for (String code : item.codes()) {
				assertThat(messages.getMessage(ClinicianSummary.CODE_KEY + item.linkId() + "." + code, null, null,
						Locale.ENGLISH))
					.as(item.linkId() + "." + code)
					.isNotBlank();
			}
		}
	}

	@Test
	void hoursOfReliefAfterAFacetInjectionReadAsTheAnestheticWindowWithTheRulesBehindEachOption() throws IOException {
		Map<String, Object> raw = base();
		raw.put("injection_type", "facet_joint");
		raw.put("relief_duration", "hours");
		raw.put("relief_amount", "about_half_or_more");
		raw.put("pain_location", List.of("back_or_neck", "one_leg"));
		raw.put("numbness_tingling", "yes");
		Assessments.Result result = assess(raw);
		String code = shared.code(result);
		HttpResponse<String> response = get("/r/" + code + "/clinician");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).as("no cookie, as on every patient page").isEmpty();
		String page = response.body();

		assertThat(page).contains("Disposition: <span>Routine: no warning sign reported</span>",
				"None of the listed warning signs");
		assertThat(page).as("the injection and the response in clinical terms")
			.contains("Facet joint injection, lumbar", "Hours only", "About 50% or more",
					"Relief in the local anesthetic window only (hours)",
					"the usual route to considering radiofrequency denervation");
		assertThat(page).as("radicular features from limb pain with paraesthesia")
			.contains("Limb pain with numbness or tingling reported", "6/10 (NRS, average over the past week)",
					"MRI within 12 months", "NSAIDs", "Home exercise program");

		Trace trace = assessments.trace(result);
		assertThat(result.suggestions()).isNotEmpty();
		for (Assessments.Suggestion s : result.suggestions()) {
			OptionContent c = s.option().content();
			String row = row(page, c.slug());
			assertThat(row).as(c.slug()).contains(escaped(c.title()));
			assertThat(trace.forOption(c.slug())).as("every suitable option has a rule behind it").isNotEmpty();
			for (String key : trace.forOption(c.slug())) {
				assertThat(row).as(c.slug()).contains("<code>" + key + "</code>");
			}
			assertThat(row)
				.contains(messages.getMessage("clinician.evidence." + c.evidence().code(), null, Locale.ENGLISH));
			for (Guidance g : c.guidance()) {
				assertThat(row).as(c.slug()).contains(escaped(g.guideline() + " (" + g.year() + ")"));
			}
		}
		assertThat(page).as("the release it was made on")
			.contains("Content release " + result.release().id() + ", reviewed");
		assertThat(get("/r/" + code).body()).as("the result links to it")
			.contains("href=\"/r/" + code + "/clinician\"");
		assertThat(get("/r/" + code + "/print").body()).contains("href=\"/r/" + code + "/clinician\"");
		assertThat(get("/r/" + code + "/compare").body()).contains("href=\"/r/" + code + "/clinician\"");
	}

	@Test
	void aWarningSignLeadsWithTheDispositionTheSignsAndTheRulesThatRemovedOptions() throws IOException {
		Map<String, Object> raw = base();
		raw.put("red_flags", List.of("saddle_numbness", "fever_or_site_infection"));
		Assessments.Result result = assess(raw);
		assertThat(result.evaluation().disposition().code()).isEqualTo("emergency");
		Trace trace = assessments.trace(result);
		assertThat(trace.disposition()).isNotEmpty();
		assertThat(trace.excluded()).as("a possible complication removes injections").isNotEmpty();

		String page = get("/r/" + shared.code(result) + "/clinician").body();
		assertThat(page).contains("panel panel--urgent", "Emergency: same-hour emergency assessment advised",
				"Saddle anesthesia (possible cauda equina syndrome)",
				"Fever or rigors, or signs of infection at the injection site");
		int warning = page.indexOf("id=\"disposition\"");
		assertThat(warning).as("the disposition comes before the injection and the options")
			.isPositive()
			.isLessThan(page.indexOf("id=\"injection-heading\""));
		for (String key : trace.disposition()) {
			assertThat(page.substring(warning, page.indexOf("</section>", warning)))
				.contains("<code>" + key + "</code>");
		}
		String after = page.substring(page.indexOf("id=\"excluded\""));
		String excluded = after.substring(0, after.indexOf("</p>"));
		for (Map.Entry<String, List<String>> e : trace.excluded().entrySet()) {
			assertThat(excluded).contains(escaped(result.release().option(e.getKey()).orElseThrow().content().title()));
			e.getValue().forEach(key -> assertThat(excluded).contains("<code>" + key + "</code>"));
		}
	}

	@Test
	void tooEarlyToJudgeSaysWhenTheSteroidWorksAndWhatThePatientWeighed() throws IOException {
		Map<String, Object> raw = base();
		raw.put("time_since_injection", "3_to_14_days");
		raw.put("relief_duration", "still_waiting");
		raw.put("priorities", List.of("avoid_surgery"));
		String page = get("/r/" + shared.code(assess(raw)) + "/clinician").body();
		assertThat(page).contains("Too early to judge", "Steroid onset is usually 2-3 days, sometimes 10-14",
				"Matters most:", "The patient did not weigh the options.");
		assertThat(page).doesNotContain("the steroid effect may still be coming");

		raw.put("relief_duration", "none");
		String none = get("/r/" + shared.code(assess(raw)) + "/clinician").body();
		assertThat(none).contains("No relief at any point", "re-evaluate the diagnosis",
				"the steroid effect may still be coming");
	}

	@Test
	void aDamagedOrUnknownLinkGetsThePatientsOwnMessagesNotAnError() {
		HttpResponse<String> damaged = get("/r/not-a-real-code-at-all/clinician");
		assertThat(damaged.statusCode()).isEqualTo(400);
		assertThat(damaged.body()).contains("This link is incomplete or was changed").doesNotContain("Exception");
	}

	private Assessments.Result assess(Map<String, Object> raw) {
		ValidationResult valid = assessments.validate(raw);
		assertThat(valid.isValid()).as("%s", valid).isTrue();
		return assessments.assess(valid.answers(), releases.current());
	}

	private static Map<String, Object> base() {
		return new HashMap<>(SharedScenarios.base(JsonMapper.builder().build()));
	}

	/** The options table's row of one option. */
	private static String row(String page, String slug) {
		int at = page.indexOf("data-slug=\"" + slug + "\"");
		assertThat(at).as(slug).isPositive();
		return page.substring(at, page.indexOf("</tr>", at));
	}

	private static String escaped(String text) {
		return org.unbescape.html.HtmlEscape.escapeHtml4Xml(text);
	}

}
