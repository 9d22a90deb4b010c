package org.nextsteps.patient;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Readability;
import org.nextsteps.content.SpanishReadability;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "About this guide": method, roles, funding and conflicts, the update policy with each
 * option's review dates, how to report a problem, and every source this release cites.
 */
class AboutPageTests extends WebTestSupport {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	Releases releases;

	@Test
	void aboutPageSaysHowTheGuideIsMadeAndByWhom() {
		String body = get("/about").body().replace("&#39;", "'");
		assertThat(body).contains("How we make and check the content")
			.contains("We did not search all the research step by step")
			.contains("Who writes and checks it")
			.contains("these roles are not filled yet, so no doctor has signed off this release.")
			.contains("Who pays for it, and conflicts of interest")
			.contains("No drug or device maker pays for it")
			.contains("has declared a conflict of interest")
			.contains("How we keep it up to date")
			.contains("at least once a year")
			.contains("How to tell us about a problem")
			.contains("tell your care team")
			.contains("href=\"/urgent-help\"");
	}

	/**
	 * Issue 13: the reading levels of the release are published, measured, with two
	 * scores.
	 */
	@Test
	void theReadingLevelsOfTheReleaseArePublished() {
		String body = get("/about").body();
		java.util.regex.Matcher levels = java.util.regex.Pattern.compile(
				"option pages of this release. Their Flesch-Kincaid grade is ([0-9.]+) on average and ([0-9.]+) at most")
			.matcher(body);
		assertThat(levels.find()).as("Flesch-Kincaid levels on the about page").isTrue();
		assertThat(Double.parseDouble(levels.group(2))).isLessThanOrEqualTo(org.nextsteps.content.Readability.MAX_GRADE)
			.isGreaterThanOrEqualTo(Double.parseDouble(levels.group(1)));
		assertThat(body)
			.containsPattern("SMOG, often reads a few grades higher on health text. Here it is [0-9.]+ on average");
	}

	@Test
	void theSourceDocumentsAreNamedByTheirTitles() {
		String body = get("/about").body().replace("&#39;", "'");
		assertThat(body).doesNotContain(".txt")
			.contains("The five web articles we started from")
			.contains("<cite>What Happens If Back Injections Don't Work?</cite>")
			.contains("<cite>What to Do If Steroid Injections Don't Work.</cite>")
			.contains("Palm Beach Health Center")
			.contains("<h3>Guidelines</h3>")
			.contains("<cite>Surgery versus prolonged conservative treatment for sciatica.</cite>");
	}

	@Test
	void everyOptionIsInTheReviewTableWithItsLastAndNextReview() {
		String body = get("/about").body();
		String table = body.substring(body.indexOf("<table class=\"reviews\">"), body.indexOf("</table>"));
		for (RenderedOption rendered : releases.current().options()) {
			OptionContent option = rendered.content();
			String row = table.substring(table.indexOf("href=\"/options/" + option.slug() + "\""));
			row = row.substring(0, row.indexOf("</tr>"));
			assertThat(row).as(option.slug())
				.contains(DATE.format(option.lastReviewed()))
				.contains(DATE.format(option.nextReview()))
				.doesNotContain("Past its review date");
		}
	}

	/**
	 * Every patient-facing text in the bundles reads at grade 8 or below (counted, as in
	 * ContentQualityTests, for texts of {@link Readability#MIN_WORDS} words or more): the
	 * site, the result, weighing and print pages, and the content labels.
	 */
	@Test
	void everyPatientTextInTheBundlesIsEasyToRead() throws IOException {
		Map<String, Double> hard = new TreeMap<>();
		for (String bundle : new String[] { "system", "patient", "content" }) {
			Properties texts = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
				texts.load(in);
			}
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (Readability.words(text) >= Readability.MIN_WORDS
						&& Readability.grade(text) > Readability.MAX_GRADE) {
					hard.put(key, Readability.grade(text));
				}
			}
		}
		assertThat(hard).isEmpty();
	}

	/**
	 * Issue 14: every Spanish patient text in the bundles reaches INFLESZ 65 or more
	 * (texts of {@link SpanishReadability#MIN_WORDS} words or more), the questionnaire's
	 * included.
	 */
	@Test
	void everySpanishPatientTextInTheBundlesIsEasyToRead() throws IOException {
		Map<String, Double> hard = new TreeMap<>();
		for (String bundle : new String[] { "system_es", "patient_es", "content_es", "questionnaire_es" }) {
			Properties texts = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
				texts.load(in);
			}
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (SpanishReadability.words(text) >= SpanishReadability.MIN_WORDS
						&& SpanishReadability.inflesz(text) < SpanishReadability.MIN_INFLESZ) {
					hard.put(bundle + ":" + key, SpanishReadability.inflesz(text));
				}
			}
		}
		assertThat(hard).isEmpty();
	}

}
