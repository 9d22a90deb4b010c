package org.nextsteps.patient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option library and its API with the real content, on a real server; an option that
 * is not there: OptionPagesWebTests.
 */
class OptionPagesTests extends WebTestSupport {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	Releases releases;

	@Autowired
	SourceCatalogue catalogue;

	@Autowired
	JsonMapper json;

	@Autowired
	ContentDrafts drafts;

	@Test
	void libraryListsEveryOptionGroupedByStage() {
		String body = get("/options").body();
		for (var option : releases.current().options()) {
			assertThat(body).contains("href=\"/options/" + option.slug() + "\"");
		}
		assertThat(body).contains("id=\"stage-urgent\"").contains("id=\"stage-surgical\"");
		assertThat(body.indexOf("id=\"stage-conservative\"")).isLessThan(body.indexOf("id=\"stage-surgical\""));
	}

	/**
	 * Issue 13: a number is also a picture of 100 figures, beside the comparison group's
	 * where the study had one, each with a text alternative that says the same.
	 */
	@Test
	void aNumberIsPicturedBesideItsComparison() {
		String body = get("/options/spinal-cord-stimulation").body();
		assertThat(body).contains("aria-label=\"48 out of 100 people had at least half of their leg pain gone.\"")
			.contains("aria-label=\"9 out of 100 people had at least half of their leg pain gone.\"")
			.contains("With this option: 48 out of 100", "Comparison group: 9 out of 100");
		int pictures = releases.current()
			.option("spinal-cord-stimulation")
			.orElseThrow()
			.content()
			.outcomes()
			.stream()
			.mapToInt(outcome -> outcome.hasComparison() ? 2 : 1)
			.sum();
		assertThat(body.split("<svg class=\"icon-array\"", -1)).hasSize(pictures + 1);
		String noComparison = get("/options/physical-therapy").body();
		assertThat(noComparison.split("<svg class=\"icon-array\"", -1)).hasSize(2);
		assertThat(noComparison).doesNotContain("Comparison group:");
	}

	@Test
	void optionPageShowsTheWholeContent() {
		OptionContent rfa = releases.current().option("radiofrequency-ablation").orElseThrow().content();
		String body = get("/options/radiofrequency-ablation").body().replace("&#39;", "'");
		assertThat(body).contains(rfa.title().replace("&", "&amp;"))
			.contains("Possible benefits")
			.contains("Possible downsides and risks")
			.contains("Last reviewed")
			.contains(catalogue.find(rfa.sources().get(0)).orElseThrow().title());
	}

	/** Sources are citations (title, kind, who, when, where), never file names. */
	@Test
	void sourcesAreShownAsCitations() {
		String body = get("/options/radiofrequency-ablation").body().replace("&#39;", "'");
		assertThat(body).doesNotContain(".txt")
			.contains("<cite>What Happens If Back Injections Don't Work?</cite>")
			.contains("Web article.")
			.contains("No author named.")
			.contains("<cite>Low back pain and sciatica in over 16s: assessment and management.</cite>")
			.contains(
					"National Institute for Health and Care Excellence (NICE), NICE guideline NG59, 2016, updated 2020.")
			.contains("Web address: https://www.nice.org.uk/guidance/ng59");
		assertThat(get("/options/give-it-time").body())
			.contains("Common practice in pain clinics, not one published source.");
		// each number names its source in short; Cohen 2010 is listed once among the
		// sources
		String numbers = body.substring(body.indexOf("id=\"outcomes-heading\""),
				body.indexOf("id=\"sources-heading\""));
		String sources = body.substring(body.indexOf("id=\"sources-heading\""));
		String cohen = "<cite>Multicenter, randomized, comparative cost-effectiveness study";
		assertThat(numbers).contains("Cohen SP and others, Anesthesiology, 2010.").doesNotContain(cohen);
		assertThat(sources.split(cohen, -1)).hasSize(2);
	}

	@Test
	void optionPageShowsWhenItIsNextDueForReview() {
		OptionContent physio = releases.current().option("physical-therapy").orElseThrow().content();
		String body = get("/options/physical-therapy").body();
		assertThat(physio.nextReview()).isEqualTo(physio.lastReviewed().plusYears(1));
		assertThat(body).contains("Next review due: " + DATE.format(physio.nextReview()))
			.doesNotContain("This page is due for a review");
	}

	/**
	 * An option past its next review date says so on its page, and the About page's table
	 * marks it, until a release with a newer review date is published; a source the
	 * catalogue does not know shows as it was written.
	 */
	@Test
	void anOptionPastItsReviewDateIsFlaggedUntilItIsReviewed() {
		ContentSnapshot original = drafts.snapshot();
		LocalDate today = LocalDate.ofInstant(TODAY, ZoneOffset.UTC);
		LocalDate stale = today.minusYears(1).minusDays(1);
		try {
			publish(original, "pain-diary", stale, "A leaflet from my clinic (2024)");
			String page = get("/options/pain-diary").body();
			assertThat(page).contains("This page is due for a review")
				.contains("This page was due for a check on " + DATE.format(stale.plusYears(1)))
				.contains("A leaflet from my clinic (2024)");
			String about = get("/about").body();
			String row = about.substring(about.indexOf("href=\"/options/pain-diary\""));
			assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Past its review date");
			assertThat(about).contains("A leaflet from my clinic (2024)");

			publish(original, "pain-diary", today, "A leaflet from my clinic (2024)");
			assertThat(get("/options/pain-diary").body()).doesNotContain("This page is due for a review");
			assertThat(get("/about").body()).doesNotContain("Past its review date");
		}
		finally {
			drafts.replaceWith(original, "tester");
			TestReleases.publishDraft(releases, "tester", "restore after review date test");
		}
	}

	private void publish(ContentSnapshot original, String slug, LocalDate reviewed, String extraSource) {
		List<OptionContent> options = new ArrayList<>();
		for (OptionContent o : original.options()) {
			List<String> sources = new ArrayList<>(o.sources());
			sources.add(extraSource);
			options.add(!o.slug().equals(slug) ? o
					: new OptionContent(o.slug(), o.stage(), o.title(), o.summary(), o.involves(), o.recovery(),
							o.timeCommitment(), o.reliefDuration(), o.benefits(), o.downsides(), o.suits(), o.notFor(),
							o.evidence(), o.evidenceNote(), o.invasiveness(), o.shortRecovery(), o.shortRelief(),
							o.mainDownside(), o.priorities(), sources, reviewed, o.guidance(), o.outcomes(),
							o.outcomesNote()));
		}
		drafts.replaceWith(
				new ContentSnapshot(options, original.explanations(), original.questions(), original.safetyNet()),
				"tester");
		TestReleases.publishDraft(releases, "tester", "review date test");
	}

	@Test
	void apiListsEveryOptionWithItsFields() {
		HttpResponse<String> response = get("/api/v1/options", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"slug\":\"radiofrequency-ablation\"")
			.contains("\"stage\":\"interventional\"")
			.contains("\"evidence\":")
			.contains("\"sources\":")
			.contains("\"benefits\":")
			.contains("\"release\":\"" + releases.current().id() + "\"");
		assertThat(get("/api/v1/options/physical-therapy", "application/json").body())
			.contains("\"slug\":\"physical-therapy\"")
			.contains("\"stage\":\"conservative\"");
	}

	/**
	 * The API adds each cited source as a citation (joined to the text by {@code cited}),
	 * the next review date and whether it has passed; every field it had stays.
	 */
	@Test
	void apiAddsCitationsAndReviewDates() throws Exception {
		JsonNode physio = json.readTree(get("/api/v1/options/physical-therapy", "application/json").body());
		assertThat(physio.get("sources").get(0).asString()).isEqualTo("000_39105952880d3e27.txt");
		assertThat(physio.has("lastReviewed")).isTrue();
		assertThat(physio.get("nextReview").asString()).isEqualTo("2027-12-01");
		assertThat(physio.get("reviewOverdue").asBoolean()).isFalse();
		JsonNode first = physio.get("citations").get(0);
		assertThat(first.get("cited").asString()).isEqualTo("000_39105952880d3e27.txt");
		assertThat(first.get("id").asString()).isEqualTo("web-article-000");
		assertThat(first.get("kind").asString()).isEqualTo("web-article");
		assertThat(first.get("title").asString()).isEqualTo("What Happens If Back Injections Don't Work?");
		assertThat(first.has("aliases")).isFalse();
		List<String> ids = new ArrayList<>();
		physio.get("citations").forEach(citation -> ids.add(citation.get("id").asString()));
		assertThat(ids).contains("nice-ng59", "delitto-2015");
		assertThat(physio.has("patientTexts")).isFalse();
	}

	/** Whatever an editor types, a script tag never reaches a patient page as markup. */
	@Test
	void scriptInContentIsNeverEmitted() {
		ContentSnapshot original = drafts.snapshot();
		String attack = "<script>alert('owned')</script>";
		List<OptionContent> options = new ArrayList<>();
		for (OptionContent o : original.options()) {
			options.add(!o.slug().equals("pain-diary") ? o
					: new OptionContent(o.slug(), o.stage(), o.title() + attack, o.summary() + attack,
							o.involves() + "\n\n" + attack + "\n\n[x](javascript:alert(1))", o.recovery(),
							o.timeCommitment(), o.reliefDuration(), List.of(attack), o.downsides(), attack, attack,
							o.evidence(), o.evidenceNote(), o.invasiveness(), o.shortRecovery(), o.shortRelief(),
							o.mainDownside(), o.priorities(), o.sources(), o.lastReviewed(), o.guidance(), o.outcomes(),
							o.outcomesNote() + attack));
		}
		try {
			drafts.replaceWith(
					new ContentSnapshot(options, original.explanations(), original.questions(), original.safetyNet()),
					"tester");
			TestReleases.publishDraft(releases, "tester", "script injection test");
			String page = get("/options/pain-diary").body();
			assertThat(page).doesNotContain("<script").doesNotContain("javascript:").contains("&lt;script&gt;");
			assertThat(get("/options").body()).doesNotContain("<script");
		}
		finally {
			drafts.replaceWith(original, "tester");
			TestReleases.publishDraft(releases, "tester", "restore after script injection test");
		}
	}

}
