package org.nextsteps.editor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing and rolling back: who may, what blocks it, what is recorded, and that CSRF
 * is required.
 */
class PublishingTests extends EditorTestSupport {

	private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]+)\"");

	StaffSession publisher;

	@BeforeEach
	void setUp() {
		publisher = signIn(Role.PUBLISHER);
	}

	/** Raises one suggestion: a change that keeps every scenario passing. */
	void changeOneWeight() {
		List<RuleDefinition> changed = new ArrayList<>();
		boolean done = false;
		for (RuleDefinition r : rules.all()) {
			if (!done && r.enabled() && r.kind() == RuleKind.SUGGEST && r.weight() < 100) {
				changed.add(new RuleDefinition(r.key(), r.kind(), r.when(), r.target(), r.weight() + 1, r.reason(),
						r.sources(), true));
				done = true;
			}
			else {
				changed.add(r);
			}
		}
		rules.replaceWith(changed, "tester");
	}

	/** Switches off every emergency rule, so the bladder-or-bowel scenario fails. */
	void breakAScenario() {
		List<RuleDefinition> changed = rules.all()
			.stream()
			.map(r -> r.kind() == RuleKind.DISPOSITION && "emergency".equals(r.target()) ? new RuleDefinition(r.key(),
					r.kind(), r.when(), r.target(), r.weight(), r.reason(), r.sources(), false) : r)
			.toList();
		rules.replaceWith(changed, "tester");
	}

	String checksum(StaffSession session) {
		Matcher m = CHECKSUM.matcher(session.get("/editor/publish").body());
		assertThat(m.find()).as("publish form").isTrue();
		return m.group(1);
	}

	@Test
	void anEditorMayLookButCannotPublishRollBackManageUsersOrReadTheAuditLog() {
		changeOneWeight();
		StaffSession editor = signIn(Role.EDITOR);
		long live = releases.current().id();
		assertThat(editor.get("/editor/publish").body()).contains("Only publishers can publish.");
		assertThat(editor.post("/editor/publish", "note", "sneaky", "checksum", checksum(publisher)).statusCode())
			.isEqualTo(403);
		assertThat(editor.post("/editor/releases/1/rollback", "note", "sneaky").statusCode()).isEqualTo(403);
		assertThat(editor.get("/editor/audit").statusCode()).isEqualTo(403);
		assertThat(editor.get("/editor/users").statusCode()).isEqualTo(403);
		assertThat(publisher.get("/editor/users").statusCode()).isEqualTo(403);
		assertThat(releases.current().id()).isEqualTo(live);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		changeOneWeight();
		long live = releases.current().id();
		HttpResponse<String> response = publisher.postRaw("/editor/publish", "note", "no token", "checksum",
				checksum(publisher));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("Exception");
		String key = rules.all().get(0).key();
		RuleForm form = RuleForm.of(rules.rule(key).orElseThrow());
		form.setWeight("1");
		assertThat(publisher.postRaw("/editor/rules/" + key, EditorForms.array(EditorForms.rule(form))).statusCode())
			.isEqualTo(403);
		assertThat(releases.current().id()).isEqualTo(live);
		assertThat(rules.rule(key).orElseThrow().definition()).isEqualTo(rules.all().get(0));
	}

	@Test
	void aPublisherPublishesTheCheckedDraftAndItIsRecorded() {
		changeOneWeight();
		approveDraft();
		long live = releases.current().id();
		HttpResponse<String> response = publisher.post("/editor/publish", "note", "Raised one suggestion", "checksum",
				checksum(publisher));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().info().publishedBy()).isEqualTo(publisher.username());
		AuditEntry entry = audit.about("release", String.valueOf(live + 1), 1).get(0);
		assertThat(entry.action()).isEqualTo("release.publish");
		assertThat(entry.changes()).contains(new FieldChange("note", null, "Raised one suggestion"));
		assertThat(entry.changes()).anySatisfy(f -> assertThat(f.field()).startsWith("rule ").endsWith(": weight"));
		assertThat(publisher.get("/editor/releases").body()).contains("Raised one suggestion");
		// the history shows what changed between the two releases
		assertThat(publisher.get("/editor/releases/diff?from=" + live + "&to=" + (live + 1)).body()).contains("Weight");
	}

	@Test
	void aDraftThatChangedAfterItWasCheckedIsNotPublished() {
		changeOneWeight();
		String checked = checksum(publisher);
		changeOneWeight();
		long live = releases.current().id();
		HttpResponse<String> response = publisher.post("/editor/publish", "note", "stale", "checksum", checked);
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("The draft changed after this page was opened");
		assertThat(releases.current().id()).isEqualTo(live);
	}

	@Test
	void failingScenariosBlockPublishingUnlessAPublisherOverridesWithAReason() {
		breakAScenario();
		approveDraft();
		long live = releases.current().id();
		String checksum = checksum(publisher);
		assertThat(publisher.get("/editor/publish").body()).contains("bladder or bowel change").contains("Fails");
		HttpResponse<String> blocked = publisher.post("/editor/publish", "note", "Try", "checksum", checksum);
		assertThat(blocked.statusCode()).isEqualTo(409);
		assertThat(blocked.body()).contains("Scenarios fail or fields read above grade 8, so nothing was published");
		HttpResponse<String> noReason = publisher.post("/editor/publish", "note", "Try", "checksum", checksum,
				"override", "true", "reason", " ");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("to publish anyway, write why");
		assertThat(releases.current().id()).isEqualTo(live);

		HttpResponse<String> overridden = publisher.post("/editor/publish", "note", "Emergency wording under review",
				"checksum", checksum, "override", "true", "reason", "Clinical lead approved the change");
		assertThat(overridden.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().info().note()).contains("Clinical lead approved the change")
			.containsPattern("Published although \\d+ scenario\\(s\\) failed and 0 field\\(s\\) read above grade 8. "
					+ "Reason: Clinical lead");
		assertThat(audit.about("release", String.valueOf(live + 1), 1).get(0).changes())
			.contains(new FieldChange("overrideReason", null, "Clinical lead approved the change"))
			.anySatisfy(f -> assertThat(f.field()).isEqualTo("failedScenarios"));
	}

	/**
	 * Issue 16: reading grade is checked field by field; a summary at grade 45 blocks
	 * publishing, named on the publish page, until a publisher overrides with a reason,
	 * which the release and the audit log keep.
	 */
	@Test
	void aFieldAboveGradeEightBlocksPublishingUnlessAPublisherOverridesWithAReason() {
		String slug = "physical-therapy";
		var draft = content.option(slug).orElseThrow();
		var c = draft.content();
		String hard = "Notwithstanding comprehensive interdisciplinary musculoskeletal rehabilitation considerations, "
				+ "individualized neurophysiological characterization necessitates multidisciplinary deliberation.";
		assertThat(org.nextsteps.content.Readability.grade(hard)).isGreaterThan(30);
		content.saveOption(new org.nextsteps.content.OptionContent(c.slug(), c.stage(), c.title(), hard, c.involves(),
				c.recovery(), c.timeCommitment(), c.reliefDuration(), c.benefits(), c.downsides(), c.suits(),
				c.notFor(), c.evidence(), c.evidenceNote(), c.invasiveness(), c.shortRecovery(), c.shortRelief(),
				c.mainDownside(), c.priorities(), c.sources(), c.lastReviewed(), c.guidance(), c.outcomes(),
				c.outcomesNote()), draft.version(), "tester");
		assertThat(translateDraft()).isEqualTo(1);
		approveDraft();
		long live = releases.current().id();
		String page = publisher.get("/editor/publish").body();
		assertThat(page).contains("Fields that read above grade 8", c.title() + ", Summary in one line: Reading grade");
		String checksum = checksum(publisher);
		HttpResponse<String> blocked = publisher.post("/editor/publish", "note", "Try", "checksum", checksum);
		assertThat(blocked.statusCode()).isEqualTo(409);
		assertThat(blocked.body()).contains("fields read above grade 8, so nothing was published");
		assertThat(releases.current().id()).isEqualTo(live);
		HttpResponse<String> overridden = publisher.post("/editor/publish", "note", "Hard words on purpose", "checksum",
				checksum, "override", "true", "reason", "Reviewed: the terms are needed here");
		assertThat(overridden.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().info().note()).contains("1 field(s) read above grade 8");
		assertThat(audit.about("release", String.valueOf(live + 1), 1).get(0).changes())
			.anySatisfy(f -> assertThat(f.field() + " " + f.after()).startsWith("hardToRead " + slug + " summary "));
	}

	/**
	 * Issue 14: a changed English text has no Spanish, which blocks publishing (no
	 * override) with the text named until its Spanish is saved; then the Spanish reaches
	 * the Spanish pages.
	 */
	@Test
	void aTextWithoutSpanishBlocksPublishingNamedUntilItsSpanishIsSavedAndThenReachesTheSpanishPages() {
		String slug = "physical-therapy";
		OptionForm form = OptionForm.of(content.option(slug).orElseThrow());
		String summary = "Exercises with a therapist, done at home most days, to make your back stronger.";
		form.setSummary(summary);
		assertThat(publisher.post("/editor/options/" + slug, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		long live = releases.current().id();
		String page = publisher.get("/editor/publish").body();
		assertThat(page).contains("1 patient text(s) have no Spanish", "Option physical-therapy, Summary in one line",
				"/editor/translations/" + org.nextsteps.content.DraftTranslation.hash(summary));
		approveDraft();
		HttpResponse<String> blocked = publisher.post("/editor/publish", "note", "New summary", "checksum",
				checksum(publisher), "override", "true", "reason", "no override for this");
		assertThat(blocked.statusCode()).isEqualTo(409);
		assertThat(blocked.body()).contains("Some texts a patient reads have no Spanish, so nothing was published",
				"Option physical-therapy, Summary in one line");
		assertThat(releases.current().id()).isEqualTo(live);
		String spanish = "Ejercicios con un terapeuta, hechos en casa casi todos los días, para que su espalda sea más fuerte.";
		assertThat(publisher
			.post("/editor/translations/" + org.nextsteps.content.DraftTranslation.hash(summary), "spanish", spanish,
					"version", "-1")
			.statusCode()).isEqualTo(302);
		assertThat(publisher.get("/editor/publish").body()).contains("Every text a patient reads has its Spanish")
			.doesNotContain("have no Spanish");
		approveDraft();
		HttpResponse<String> published = publisher.post("/editor/publish", "note", "New summary, in Spanish too",
				"checksum", checksum(publisher));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(get("/es/options/" + slug).body()).contains(spanish).doesNotContain(summary);
		assertThat(get("/options/" + slug).body()).contains(summary);
	}

	@Test
	void anEditorCannotOverrideFailingScenarios() {
		breakAScenario();
		StaffSession editor = signIn(Role.EDITOR);
		assertThat(editor
			.post("/editor/publish", "note", "x", "checksum", checksum(publisher), "override", "true", "reason",
					"because")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void rollingBackPublishesTheEarlierContentAsANewRelease() {
		long original = releases.current().id();
		List<RuleDefinition> originalRules = releases.current().rules().definitions();
		changeOneWeight();
		approveDraft();
		publisher.post("/editor/publish", "note", "A change to undo", "checksum", checksum(publisher));
		assertThat(releases.current().id()).isEqualTo(original + 1);
		assertThat(publisher.get("/editor/releases/" + original + "/rollback").body())
			.contains("Roll back to release " + original);
		assertThat(publisher.post("/editor/releases/" + original + "/rollback", "note", " ").statusCode())
			.isEqualTo(400);
		HttpResponse<String> response = publisher.post("/editor/releases/" + original + "/rollback", "note",
				"Undo the change");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(original + 2);
		assertThat(releases.current().rules().definitions()).isEqualTo(originalRules);
		assertThat(releases.current().content()).isEqualTo(releases.find(original).orElseThrow().content());
		assertThat(rules.all()).isEqualTo(originalRules);
		assertThat(audit.about("release", String.valueOf(original + 2), 1).get(0).changes())
			.contains(new FieldChange("rolledBackTo", null, String.valueOf(original)));
		assertThat(publisher.get("/editor/releases/9999/rollback").statusCode()).isEqualTo(404);
		assertThat(publisher.get("/editor/releases/diff?from=1&to=9999").statusCode()).isEqualTo(404);
	}

}
