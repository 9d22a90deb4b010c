package org.nextsteps.patient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionContent;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option library and its API with the real content, on a real server; an option that
 * is not there: OptionPagesWebTests.
 */
class OptionPagesTests extends WebTestSupport {

	@Autowired
	Releases releases;

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

	@Test
	void optionPageShowsTheWholeContent() {
		OptionContent rfa = releases.current().option("radiofrequency-ablation").orElseThrow().content();
		String body = get("/options/radiofrequency-ablation").body().replace("&#39;", "'");
		assertThat(body).contains(rfa.title().replace("&", "&amp;"))
			.contains("Possible benefits")
			.contains("Possible downsides and risks")
			.contains("Last reviewed")
			.contains(rfa.sources().get(0));
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
