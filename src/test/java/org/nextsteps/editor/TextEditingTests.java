package org.nextsteps.editor;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.DraftText;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.TextKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: explanations, questions for the doctor and safety-net lines are edited like
 * options: a form with reading grades, the audit with field labels, the publish gate,
 * refusals with messages, merges of concurrent saves, new texts.
 */
class TextEditingTests extends EditorTestSupport {

	static final String EXPLANATION = "missed_target";

	StaffSession editor;

	@BeforeEach
	void setUp() {
		editor = signIn(Role.EDITOR);
	}

	TextForm form(TextKind kind, String key) {
		return TextForm.of(content.text(kind, key).orElseThrow());
	}

	String path(TextKind kind, String key) {
		return "/editor/texts/" + kind.code() + "/" + key;
	}

	@Test
	void everyTextIsListedAndAnExplanationIsEditedWithItsAuditAndDiff() {
		String list = editor.get("/editor/texts").body();
		assertThat(list).contains("Explanations (19)", "Questions for the doctor (37)", "Safety net (12)",
				"href=\"/editor/texts/explanation/missed_target\"", "href=\"/editor/texts/safety/sn_bladder_bowel\"");
		TextForm form = form(TextKind.EXPLANATION, EXPLANATION);
		String before = form.getBody();
		assertThat(editor.get(path(TextKind.EXPLANATION, EXPLANATION)).body()).contains("Reading grade");
		form.setBody(before.replace("\n", "\r\n") + "\r\n\r\nAsk how the needle was guided.");
		HttpResponse<String> saved = editor.post(path(TextKind.EXPLANATION, EXPLANATION),
				EditorForms.array(EditorForms.text(form)));
		assertThat(saved.statusCode()).isEqualTo(302);
		DraftText after = content.text(TextKind.EXPLANATION, EXPLANATION).orElseThrow();
		assertThat(after.content().body()).endsWith("Ask how the needle was guided.").doesNotContain("\r");
		assertThat(audit.about("explanation", EXPLANATION, 1).get(0).changes()).extracting(FieldChange::field)
			.containsExactly("body");
		// unchanged: nothing recorded
		int entries = audit.about("explanation", EXPLANATION, 100).size();
		assertThat(editor
			.post(path(TextKind.EXPLANATION, EXPLANATION),
					EditorForms.array(EditorForms.text(form(TextKind.EXPLANATION, EXPLANATION))))
			.statusCode()).isEqualTo(302);
		assertThat(audit.about("explanation", EXPLANATION, 100)).hasSize(entries);
		// the dashboard lists it as a change against the live release, by its label
		assertThat(editor.get("/editor").body()).contains("Explanation: " + after.content().title());
		assertThat(signIn(Role.ADMIN).get("/editor/audit").body()).contains("Changed an explanation");
	}

	@Test
	void aSafetyNetLineIsMadeLessUrgentOnlyWithAReason() {
		String key = "sn_bladder_bowel";
		TextForm form = form(TextKind.SAFETY, key);
		assertThat(form.getLevel()).isEqualTo("emergency");
		form.setLevel(SafetyNetLine.Level.TODAY.code());
		HttpResponse<String> refused = editor.post(path(TextKind.SAFETY, key),
				EditorForms.array(EditorForms.text(form)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("A safety-net line is made less urgent only with a reason.");
		assertThat(content.text(TextKind.SAFETY, key).orElseThrow().content().level())
			.isEqualTo(SafetyNetLine.Level.EMERGENCY);
		form = form(TextKind.SAFETY, key);
		form.setAlways(false);
		form.setReason("Moved to a rule for spine injections only");
		assertThat(editor.post(path(TextKind.SAFETY, key), EditorForms.array(EditorForms.text(form))).statusCode())
			.isEqualTo(302);
		assertThat(content.text(TextKind.SAFETY, key).orElseThrow().content().always()).isFalse();
		assertThat(audit.about("safety", key, 1).get(0).changes()).contains(new FieldChange("always", "true", "false"))
			.contains(new FieldChange("lowerReason", null, "Moved to a rule for spine injections only"));
	}

	@Test
	void badInputIsRefusedWithAMessageAndWhatDoesNotExistIs404() {
		TextForm form = form(TextKind.EXPLANATION, EXPLANATION);
		int version = form.getVersion();
		form.setTitle(" ");
		form.setBody("x".repeat(TextForm.MAX_BODY + 1));
		HttpResponse<String> response = editor.post(path(TextKind.EXPLANATION, EXPLANATION),
				EditorForms.array(EditorForms.text(form)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Fill this in.", "Keep this to 4000 characters or fewer.");
		assertThat(content.text(TextKind.EXPLANATION, EXPLANATION).orElseThrow().version()).isEqualTo(version);
		assertThat(editor.get("/editor/texts/recipe/x").statusCode()).isEqualTo(404);
		assertThat(editor.get(path(TextKind.QUESTION, "q_nothing")).statusCode()).isEqualTo(404);
		assertThat(editor.post(path(TextKind.QUESTION, "q_nothing"), "body", "Why?").statusCode()).isEqualTo(404);
	}

	@Test
	void aNewQuestionIsAddedWithAFreeKey() {
		TextForm form = new TextForm();
		form.setKey("q_new_question");
		form.setBody("What would you try next if this does not help?");
		HttpResponse<String> added = editor.post("/editor/texts/question", EditorForms.array(EditorForms.text(form)));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(content.text(TextKind.QUESTION, "q_new_question")).isPresent();
		assertThat(audit.about("question", "q_new_question", 1).get(0).action()).isEqualTo("question.create");
		HttpResponse<String> again = editor.post("/editor/texts/question", EditorForms.array(EditorForms.text(form)));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Another text of this kind already has this key.");
		form.setKey("Bad Key");
		assertThat(editor.post("/editor/texts/question", EditorForms.array(EditorForms.text(form))).body())
			.contains("Use lower-case words and digits joined by underscores");
	}

	@Test
	void aConcurrentEditKeepsTheColleaguesFieldsAndAHardTextBlocksPublishing() {
		StaffSession other = signIn(Role.EDITOR);
		TextForm first = form(TextKind.EXPLANATION, EXPLANATION);
		TextForm second = form(TextKind.EXPLANATION, EXPLANATION);
		first.setTitle("The needle may have missed the spot");
		String hard = "Notwithstanding comprehensive interdisciplinary musculoskeletal rehabilitation considerations, "
				+ "individualized neurophysiological characterization necessitates multidisciplinary deliberation.";
		second.setBody(hard);
		assertThat(editor.post(path(TextKind.EXPLANATION, EXPLANATION), EditorForms.array(EditorForms.text(first)))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> merged = other.post(path(TextKind.EXPLANATION, EXPLANATION),
				EditorForms.array(EditorForms.text(second)));
		assertThat(merged.statusCode()).isEqualTo(409);
		assertThat(merged.body()).contains("Title: the change " + editor.username() + " made is kept.",
				"value=\"The needle may have missed the spot\"");
		TextForm resent = form(TextKind.EXPLANATION, EXPLANATION);
		resent.setBody(hard);
		assertThat(other.post(path(TextKind.EXPLANATION, EXPLANATION), EditorForms.array(EditorForms.text(resent)))
			.statusCode()).isEqualTo(302);
		DraftText after = content.text(TextKind.EXPLANATION, EXPLANATION).orElseThrow();
		assertThat(after.content().title()).isEqualTo("The needle may have missed the spot");
		assertThat(after.content().body()).isEqualTo(hard);
		assertThat(signIn(Role.PUBLISHER).get("/editor/publish").body())
			.contains("Explanation: The needle may have missed the spot, Text: Reading grade")
			.contains("href=\"/editor/texts/explanation/missed_target#body\"");
	}

	/**
	 * Issue 16: the About page's facts are edited too. Until saved, a fact is the page's
	 * own wording (version 0); once published, the About page shows the release's.
	 */
	@Test
	void anAboutPageFactIsEditedFromThePagesWordingAndPublished() {
		assertThat(editor.get("/editor/texts").body()).contains("About page (9)",
				"href=\"/editor/texts/about/funding.body\"");
		String form = editor.get("/editor/texts/about/funding.body").body();
		assertThat(form).contains("own wording: nobody has changed it yet")
			.contains("No drug or device maker pays for it");
		TextForm fact = new TextForm();
		fact.setBody("Next Steps is open source and paid for by its makers. No drug or device maker pays for it.");
		fact.setVersion(-1);
		assertThat(
				editor.post("/editor/texts/about/funding.body", EditorForms.array(EditorForms.text(fact))).statusCode())
			.isEqualTo(302);
		assertThat(content.text(TextKind.ABOUT, "funding.body")).hasValueSatisfying(t -> assertThat(t.content().body())
			.startsWith("Next Steps is open source and paid for by its makers."));
		assertThat(audit.about("about", "funding.body", 1).get(0).changes()).extracting(FieldChange::field)
			.containsExactly("text");
		// a colleague who opened the page's wording too saves another: a conflict, merged
		fact.setBody("Next Steps is open source. It shows no ads.");
		assertThat(
				editor.post("/editor/texts/about/funding.body", EditorForms.array(EditorForms.text(fact))).statusCode())
			.isEqualTo(409);
		assertThat(editor.get("/editor").body()).contains("About page: funding.body");
		approveDraft();
		org.nextsteps.release.TestReleases.publishDraft(releases, "tester", "About page fact");
		assertThat(get("/about").body()).contains("paid for by its makers");
		assertThat(editor.get("/editor/texts/about/no.such.fact").statusCode()).isEqualTo(404);
		assertThat(editor.get("/editor/texts/about/new").statusCode()).isEqualTo(404);
	}

}
