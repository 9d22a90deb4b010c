package org.nextsteps.patient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.Questionnaire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the page for clinicians explains pre-filled links, lists every parameter and
 * code of the questionnaire, and builds a link that the wizard reads back to the same
 * answers; what the guide cannot use is named, never an error.
 */
class ForCliniciansTests extends WebTestSupport {

	@Autowired
	ClinicLinks links;

	@Test
	void everyParameterAndCodeOfTheQuestionnaireIsListedAndTheWarningSignsAreNeverPrefilled() {
		HttpResponse<String> response = get("/for-clinicians");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		String page = response.body();
		for (Item item : Questionnaire.standard().items()) {
			int at = page.indexOf("id=\"param-" + item.linkId() + "\"");
			assertThat(at).as(item.linkId()).isPositive();
			String row = page.substring(at, page.indexOf("</tr>", at));
			for (String code : item.codes()) {
				assertThat(row).as(item.linkId()).contains("<code>" + code + "</code>");
			}
			boolean patientOnly = ClinicLinks.PATIENT_ONLY.contains(item.linkId());
			assertThat(row.contains("Never pre-filled")).as(item.linkId()).isEqualTo(patientOnly);
			assertThat(page.contains("name=\"" + item.linkId() + "\"")).as("a builder control for " + item.linkId())
				.isEqualTo(!patientOnly);
		}
		assertThat(page).contains("a whole number, 0-10", "injection_type is not joint_or_tendon_steroid");
		assertThat(page).doesNotContain("id=\"built\"");
	}

	@Test
	void aBuiltLinkFillsInWhatWasChosenAndReadsBackToTheSameAnswers() {
		String page = get("/for-clinicians?build=1&injection_type=facet_joint&spine_region=lower_back"
				+ "&image_guidance=yes&time_since_injection=&pain_score=7&tried=physical_therapy&tried=opioids")
			.body();
		assertThat(page).contains("id=\"built\"", "<svg", "QR code of the link").doesNotContain("id=\"built-ignored\"");
		String link = page.substring(page.indexOf("<code id=\"built-link\">") + 22);
		link = link.substring(0, link.indexOf("</code>")).replace("&amp;", "&");
		assertThat(link).isEqualTo(baseUrl() + "/start?injection_type=facet_joint&spine_region=lower_back"
				+ "&image_guidance=yes&pain_score=7&tried=physical_therapy&tried=opioids");
		assertThat(page).as("the form shows what was chosen")
			.contains("value=\"facet_joint\" selected=\"selected\"", "value=\"7\"",
					"name=\"tried\" value=\"opioids\" checked=\"checked\"");

		ClinicLinks.Prefill read = links.read(UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams());
		assertThat(read.ignored()).isEmpty();
		assertThat(read.answers().get("injection_type")).contains(new Answer.Single("facet_joint"));
		assertThat(read.answers().get("tried")).contains(new Answer.Multi(List.of("physical_therapy", "opioids")));
		assertThat(read.answers().get("pain_score")).contains(new Answer.Whole(7));
		assertThat(links.query(read.answers()).toSingleValueMap()).containsEntry("spine_region", "lower_back");

		HttpResponse<String> opened = get(link.substring(baseUrl().length()));
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("id=\"prefill-note\"").doesNotContain("could not be used");
	}

	@Test
	void whatTheGuideCannotUseIsNamedAndLeftOutOfTheLink() {
		String page = get("/for-clinicians?build=1&injection_type=joint_or_tendon_steroid&spine_region=neck"
				+ "&red_flags=none&priorities=avoid_surgery&pain_score=11&colour=blue&tried=none&tried=opioids")
			.body();
		String ignored = page.substring(page.indexOf("id=\"built-ignored\""));
		ignored = ignored.substring(0, ignored.indexOf("</ul>"));
		assertThat(ignored).contains("Warning signs (red_flags)", "Priorities (priorities)",
				"An unknown parameter (colour)", "Pain score (pain_score)", "Tried (tried)",
				"Spinal region (spine_region)");
		assertThat(page).contains(baseUrl() + "/start?injection_type=joint_or_tendon_steroid</code>");
		assertThat(get("/for-clinicians?build=1").body()).contains("this link starts the guide with no answers");
	}

	@Test
	void aLinkThatTriesToChooseWhatMattersToThePatientIsToldItWasLeftOut() {
		String page = get("/start?injection_type=facet_joint&priorities=avoid_surgery").body();
		assertThat(page).contains("id=\"prefill-note\"", "could not be used");
	}

}
