package org.nextsteps.editor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.DraftOption;
import org.nextsteps.release.TestReleases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing options: every field, the audit entry, refusals with messages, conflicts, new
 * options, no script.
 */
class OptionEditingTests extends EditorTestSupport {

	static final String SLUG = "physical-therapy";

	StaffSession editor;

	@BeforeEach
	void setUp() {
		editor = signIn(Role.EDITOR);
	}

	OptionForm form() {
		return OptionForm.of(content.option(SLUG).orElseThrow());
	}

	@Test
	void savingAnOptionChangesTheDraftOnlyAndRecordsEachChangedField() {
		OptionForm form = form();
		String oldSummary = form.getSummary();
		form.setSummary("Exercises with a therapist to make your back stronger.");
		form.setBenefits(form.getBenefits() + "\nYou learn moves you can do at home.");
		editor.get("/editor/options/" + SLUG);
		HttpResponse<String> response = editor.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(form)));
		assertThat(response.statusCode()).isEqualTo(302);
		DraftOption saved = content.option(SLUG).orElseThrow();
		assertThat(saved.content().summary()).isEqualTo(form.getSummary());
		assertThat(saved.updatedBy()).isEqualTo(editor.username());
		assertThat(releases.current().option(SLUG).orElseThrow().content().summary()).isEqualTo(oldSummary);
		AuditEntry entry = audit.about("option", SLUG, 1).get(0);
		assertThat(entry.actor()).isEqualTo(editor.username());
		assertThat(entry.action()).isEqualTo("option.update");
		assertThat(entry.changes()).extracting(FieldChange::field).containsExactly("summary", "benefits");
		assertThat(entry.changes().get(0)).isEqualTo(new FieldChange("summary", oldSummary, form.getSummary()));
		// after saving, the page shows the server's reading grade
		assertThat(editor.get("/editor/options/" + SLUG).body()).contains("Reading grade")
			.as("the address name of a saved option cannot be changed")
			.doesNotContain("id=\"slug\"");
		assertThat(editor.get("/editor/options/new").body()).contains("id=\"slug\"");
	}

	/**
	 * Issue 16: a browser sends CRLF line endings and the priorities in the order of its
	 * boxes; saving the option as it is records no change, and changing one field records
	 * that field alone.
	 */
	@Test
	void savingAnUnchangedOptionRecordsNoChange() {
		OptionForm form = form();
		int entriesBefore = audit.about("option", SLUG, 100).size();
		form.setInvolves(form.getInvolves().replace("\n", "\r\n") + "  \r\n");
		form.setBenefits(form.getBenefits().replace("\n", "\r\n"));
		java.util.List<String> reversed = new java.util.ArrayList<>(form.getPrioritiesGood());
		java.util.Collections.reverse(reversed);
		assertThat(reversed).hasSizeGreaterThan(1);
		form.setPrioritiesGood(reversed);
		editor.get("/editor/options/" + SLUG);
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		assertThat(audit.about("option", SLUG, 100)).as("no change recorded").hasSize(entriesBefore);
		form = form();
		form.setInvolves(form.getInvolves().replace("\n", "\r\n"));
		form.setSummary(form.getSummary() + " It takes time.");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		assertThat(audit.about("option", SLUG, 1).get(0).changes()).extracting(FieldChange::field)
			.containsExactly("summary");
		assertThat(content.option(SLUG).orElseThrow().content().involves()).doesNotContain("\r");
		// the audit log names the field by its label, not its internal name
		assertThat(signIn(Role.ADMIN).get("/editor/audit").body())
			.contains("<th scope=\"row\">Summary in one line</th>")
			.doesNotContain("<th scope=\"row\">summary</th>");
	}

	@Test
	void aSecondEditorSavingTheSameVersionIsToldOfTheConflictAndShownBothVersions() {
		StaffSession other = signIn(Role.EDITOR);
		OptionForm first = form();
		OptionForm second = form();
		first.setTitle("Physical therapy with a coach");
		second.setTitle("Physical therapy at a clinic");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(first))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> conflict = other.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(second)));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("Someone else saved this while you were editing")
			.contains("Physical therapy with a coach")
			.contains("Physical therapy at a clinic");
		assertThat(content.option(SLUG).orElseThrow().content().title()).isEqualTo("Physical therapy with a coach");
		// the form now carries the saved version: saving again is a deliberate replace
		assertThat(conflict.body())
			.contains("name=\"version\" value=\"" + content.option(SLUG).orElseThrow().version() + "\"");
	}

	/**
	 * Issue 16: two editors open the same version and change different fields; the second
	 * save is merged, never a silent revert of the first editor's field.
	 */
	@Test
	void aConcurrentEditKeepsBothEditorsUntouchedFields() {
		StaffSession other = signIn(Role.EDITOR);
		OptionForm first = form();
		OptionForm second = form();
		String originalSummary = second.getSummary();
		first.setTitle("Physical therapy with a coach");
		second.setSummary("Exercises with a therapist, at a clinic and at home.");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(first))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> merged = other.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(second)));
		assertThat(merged.statusCode()).isEqualTo(409);
		// the form now holds their title and this editor's summary, over their version
		assertThat(merged.body()).contains("Title: the change " + editor.username() + " made is kept.")
			.contains("Summary in one line: your change is kept.")
			.contains("id=\"title\" name=\"title\" value=\"Physical therapy with a coach\"")
			.contains(">Exercises with a therapist, at a clinic and at home.</textarea>")
			.doesNotContain("You both changed")
			.contains("name=\"version\" value=\"" + content.option(SLUG).orElseThrow().version() + "\"");
		assertThat(content.option(SLUG).orElseThrow().content().summary()).isEqualTo(originalSummary);
		// saving the merged form (as the browser would send it) keeps both
		OptionForm resent = form();
		resent.setSummary(second.getSummary());
		assertThat(other.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(resent))).statusCode())
			.isEqualTo(302);
		assertThat(content.option(SLUG).orElseThrow().content()).satisfies(o -> {
			assertThat(o.title()).isEqualTo("Physical therapy with a coach");
			assertThat(o.summary()).isEqualTo(second.getSummary());
		});
		assertThat(audit.about("option", SLUG, 1).get(0).changes()).extracting(FieldChange::field)
			.containsExactly("summary");
	}

	/**
	 * Issue 16: when both change the same field, the page shows the original, theirs and
	 * yours, and the editor keeps either.
	 */
	@Test
	void aFieldBothEditorsChangedIsTheEditorsChoice() {
		StaffSession other = signIn(Role.EDITOR);
		OptionForm first = form();
		OptionForm second = form();
		String original = first.getTitle();
		first.setTitle("Physical therapy with a coach");
		second.setTitle("Physical therapy at a clinic");
		second.setSummary("Exercises with a therapist, at a clinic and at home.");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(first))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> conflict = other.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(second)));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("You both changed the fields below")
			.contains("<legend>Title</legend>")
			.contains(">" + original + "</pre>")
			.contains("name=\"keep[title]\" value=\"theirs\"");
		OptionForm resent = form();
		resent.setTitle(second.getTitle());
		resent.setSummary(second.getSummary());
		resent.getKeep().put("title", Merge.KEEP_THEIRS);
		assertThat(other.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(resent))).statusCode())
			.isEqualTo(302);
		assertThat(content.option(SLUG).orElseThrow().content()).satisfies(o -> {
			assertThat(o.title()).isEqualTo("Physical therapy with a coach");
			assertThat(o.summary()).isEqualTo(second.getSummary());
		});
	}

	/**
	 * Issue 16: guideline positions, numbers out of 100 and their note are edited on the
	 * option's form, line by line, audited by their labels; a bad line is named by its
	 * number; a new source must be a real citation, not a file name.
	 */
	@Test
	void guidelinePositionsAndNumbersAreEditedAndSourcesMustBeCitations() {
		OptionForm form = form();
		int version = form.getVersion();
		form.setGuidance("NICE NG59 | 2020 | recommends | for low back pain with or without sciatica");
		form.setOutcomes(
				"40 | people with back pain | felt much better | after 3 months | Friedly 2014 NEJM (LESS trial)"
						+ " | 30 | people given usual care");
		form.setOutcomesNote("These numbers come from one trial. Your own chances may differ.");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		var saved = content.option(SLUG).orElseThrow().content();
		assertThat(saved.guidance()).singleElement().satisfies(g -> {
			assertThat(g.guideline()).isEqualTo("NICE NG59");
			assertThat(g.position()).isEqualTo(org.nextsteps.content.Guidance.Position.RECOMMENDS);
		});
		assertThat(saved.outcomes()).singleElement().satisfies(o -> {
			assertThat(o.count()).isEqualTo(40);
			assertThat(o.compareCount()).isEqualTo(30);
			assertThat(o.source()).isEqualTo("Friedly 2014 NEJM (LESS trial)");
		});
		assertThat(audit.about("option", SLUG, 1).get(0).changes()).extracting(FieldChange::field)
			.contains("guidance", "outcomes", "outcomesNote");
		assertThat(signIn(Role.ADMIN).get("/editor/audit").body())
			.contains("<th scope=\"row\">What guidelines say</th>");

		OptionForm bad = form();
		bad.setGuidance(bad.getGuidance() + "\nNICE NG59 | last year | recommends | for everyone");
		bad.setOutcomes("140 | people | got better | soon | Someone 2020");
		bad.setSources(bad.getSources() + "\nnotes_from_the_meeting.docx");
		HttpResponse<String> refused = editor.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(bad)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Line 2 is not a guideline position")
			.contains("Line 1 is not a number out of 100")
			.contains("Name the work, not a file: &quot;notes_from_the_meeting.docx&quot;");
		assertThat(content.option(SLUG).orElseThrow().version()).isEqualTo(version + 1);
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsWritten() {
		OptionForm form = form();
		int version = form.getVersion();
		form.setTitle(" ");
		form.setInvasiveness("9");
		form.setLastReviewed("yesterday");
		form.setStage("urgent");
		HttpResponse<String> response = editor.post("/editor/options/" + SLUG,
				EditorForms.array(EditorForms.option(form)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Fill this in.")
			.contains("Choose a number from 1 to 5.")
			.contains("Give the date as year-month-day")
			.contains("The urgent options belong to the warning-sign rules");
		assertThat(content.option(SLUG).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void repeatedPrioritiesAndListsTooLongToStoreAreRefused() {
		OptionForm form = form();
		int version = form.getVersion();
		List<String> repeated = new ArrayList<>(EditorForms.option(form));
		for (int i = 0; i < 40; i++) {
			repeated.addAll(List.of("prioritiesPoor", form.getPrioritiesPoor().get(0)));
		}
		HttpResponse<String> response = editor.post("/editor/options/" + SLUG, EditorForms.array(repeated));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Choose only from the listed priorities.");
		// short enough as typed, but each quote is stored escaped, as two characters
		form.setBenefits("\"".repeat(14_000));
		form.setTitle("x".repeat(201));
		response = editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(form)));
		assertThat(response.statusCode()).isEqualTo(400);
		// each field with its own limit
		assertThat(response.body()).contains("Keep this to 15,000 characters or fewer.")
			.contains("Keep this to 200 characters or fewer.");
		assertThat(content.option(SLUG).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void anUnknownOptionIsNotFound() {
		assertThat(editor.get("/editor/options/no-such-option").statusCode()).isEqualTo(404);
		assertThat(editor.post("/editor/options/no-such-option", EditorForms.array(EditorForms.option(form())))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void anEditorAddsANewOptionToTheDraft() {
		OptionForm form = form();
		String slug = "test-option-" + System.nanoTime();
		form.setSlug(slug);
		form.setTitle("Walking groups");
		// a new option names its sources as citations, not by the seed's file names
		form.setSources("nice-ng59\nDelitto 2015 (Ann Intern Med)");
		HttpResponse<String> response = editor.post("/editor/options", EditorForms.array(EditorForms.option(form)));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(content.option(slug))
			.hasValueSatisfying(o -> assertThat(o.content().title()).isEqualTo("Walking groups"));
		assertThat(audit.about("option", slug, 1)).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("option.create"));
		// the slug is taken now
		assertThat(editor.post("/editor/options", EditorForms.array(EditorForms.option(form))).body())
			.contains("Another option already has this address name.");
		form.setSlug("Walking Groups");
		assertThat(editor.post("/editor/options", EditorForms.array(EditorForms.option(form))).body())
			.contains("Use lower-case words and digits joined by hyphens");
	}

	@Test
	void aScriptTagTypedIntoContentNeverReachesAPatientPageAsScript() {
		OptionForm form = form();
		form.setTitle("Physio <script>alert('x')</script>");
		form.setInvolves(
				"Try this. <script>alert('y')</script> <img src=x onerror=alert(1)> [link](javascript:alert(2))");
		form.setBenefits(form.getBenefits() + "\n<script>alert('z')</script>");
		assertThat(editor.post("/editor/options/" + SLUG, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		TestReleases.publishDraft(releases, "tester", "script test");
		for (String path : List.of("/options/" + SLUG, "/options")) {
			String page = get(path).body();
			assertThat(page).as(path)
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("javascript:")
				.contains("&lt;script&gt;");
		}
		assertThat(editor.get("/editor/options/" + SLUG).body()).doesNotContain("<script>alert");
		assertThat(editor.get("/editor").body()).doesNotContain("<script>alert");
	}

}
