package org.nextsteps.editor;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftTranslation;
import org.nextsteps.content.TextKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, the editor's side: every patient text with its Spanish side by side, the
 * filter to those without Spanish, and the form that saves a Spanish (audited, with
 * conflicts and refusals).
 */
class TranslationEditingTests extends EditorTestSupport {

	static final String EXPLANATION = "missed_target";

	/**
	 * A sentence added to the explanation: new in each test, so it has no Spanish yet.
	 */
	static final java.util.concurrent.atomic.AtomicInteger RUN = new java.util.concurrent.atomic.AtomicInteger();

	StaffSession editor;

	@BeforeEach
	void setUp() {
		editor = signIn(Role.EDITOR);
	}

	/**
	 * Changes the English of an explanation, so it has no Spanish; returns its English.
	 */
	String changeTheExplanation() {
		TextForm form = TextForm.of(content.text(TextKind.EXPLANATION, EXPLANATION).orElseThrow());
		form.setBody(form.getBody() + "\n\nAsk which level of the spine was treated (" + System.nanoTime() + "-"
				+ RUN.incrementAndGet() + ").");
		assertThat(editor.post("/editor/texts/explanation/" + EXPLANATION, EditorForms.array(EditorForms.text(form)))
			.statusCode()).isEqualTo(302);
		return content.text(TextKind.EXPLANATION, EXPLANATION).orElseThrow().content().body();
	}

	static int rows(String page) {
		return page.split("data-hash=\"", -1).length - 1;
	}

	@Test
	void everyPatientTextIsListedWithItsSpanishAndTheFilterShowsOnlyTheMissing() {
		String all = editor.get("/editor/translations").body();
		assertThat(all).contains("have their Spanish", "href=\"/editor/translations\"", "Rule ",
				", Reason shown to the patient", "Option physical-therapy, Possible benefits", "INFLESZ ",
				"Reading grade ");
		assertThat(rows(all)).isGreaterThan(300);
		String english = changeTheExplanation();
		String missing = editor.get("/editor/translations").body();
		assertThat(missing).contains("1 of ", "texts have no Spanish", "Explanation missed_target, Text",
				"No Spanish yet", "href=\"/editor/translations/" + DraftTranslation.hash(english) + "\"");
		assertThat(rows(missing)).isEqualTo(1);
		assertThat(rows(editor.get("/editor/translations?show=all").body())).isEqualTo(rows(all));
		assertThat(rows(editor.get("/editor/translations?show=all&q=missed_target").body())).isEqualTo(2);
		assertThat(rows(editor.get("/editor/translations?show=all&q=zzzz-nothing").body())).isZero();
	}

	@Test
	void theSpanishIsSavedAuditedAndASecondSaveOverAnOldVersionIsAConflict() {
		String english = changeTheExplanation();
		String hash = DraftTranslation.hash(english);
		String path = "/editor/translations/" + hash;
		String page = editor.get(path).body();
		assertThat(page).contains("data-inflesz-form", "name=\"version\" value=\"-1\"",
				"Explanation missed_target, Text");
		String spanish = "Pregunte qué nivel de la columna se trató.";
		HttpResponse<String> saved = editor.post(path, "spanish", "  " + spanish + "\r\n", "version",
				String.valueOf(ContentDrafts.NEVER_SAVED));
		assertThat(saved.statusCode()).isEqualTo(302);
		DraftTranslation row = content.spanishDrafts().get(english);
		assertThat(row.spanish()).isEqualTo(spanish);
		assertThat(row.updatedBy()).isEqualTo(editor.username());
		AuditEntry entry = audit.about("translation", hash, 1).get(0);
		assertThat(entry.action()).isEqualTo("translation.save");
		assertThat(entry.changes()).containsExactly(new FieldChange("spanish", null, spanish));
		assertThat(editor.get("/editor/translations").body()).contains("have their Spanish");
		// a change of the draft to review, like any other (hazard H34)
		assertThat(editor.get("/editor").body()).contains("Spanish: " + english.substring(0, 30));
		assertThat(ReviewFlow.touched(new Change("translation", hash, english, Change.Kind.ADDED, java.util.List.of()),
				java.util.List.of(), java.util.List.of()))
			.containsExactly("H34");
		// someone saved it first: a save over the version opened before is refused
		HttpResponse<String> late = editor.post(path, "spanish", "Otra frase.", "version",
				String.valueOf(ContentDrafts.NEVER_SAVED));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("Someone else saved the Spanish of this text since you opened it", spanish,
				"Otra frase.", "name=\"version\" value=\"" + row.version() + "\"");
		assertThat(content.spanishDrafts().get(english).spanish()).isEqualTo(spanish);
		// saved again over their version: it is written
		assertThat(editor.post(path, "spanish", "Otra frase.", "version", String.valueOf(row.version())).statusCode())
			.isEqualTo(302);
		assertThat(content.spanishDrafts().get(english).spanish()).isEqualTo("Otra frase.");
		assertThat(audit.about("translation", hash, 5)).hasSize(2);
		assertThat(signIn(Role.ADMIN).get("/editor/audit").body()).contains("Saved the Spanish of a text");
	}

	@Test
	void blankTooLongAndJunkAreRefusedWithAMessageAndUnknownTextsAre404() {
		String english = changeTheExplanation();
		String path = "/editor/translations/" + DraftTranslation.hash(english);
		HttpResponse<String> blank = editor.post(path, "spanish", " \r\n ", "version", "-1");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Write the Spanish of this text.");
		HttpResponse<String> long_ = editor.post(path, "spanish", "a".repeat(TranslationForm.MAX_SPANISH + 1),
				"version", "-1");
		assertThat(long_.statusCode()).isEqualTo(400);
		assertThat(long_.body()).contains("Keep this to 30000 characters or fewer.");
		assertThat(editor.post(path, "spanish", "Hola.", "version", "not-a-number").statusCode()).isEqualTo(400);
		assertThat(content.spanishDrafts()).doesNotContainKey(english);
		assertThat(editor.get("/editor/translations/" + "0".repeat(64)).statusCode()).isEqualTo(404);
		assertThat(editor.get("/editor/translations/not-a-hash").statusCode()).isEqualTo(404);
		assertThat(
				editor.post("/editor/translations/" + "0".repeat(64), "spanish", "Hola.", "version", "-1").statusCode())
			.isEqualTo(404);
		assertThat(editor.get("/editor/translations?show=nonsense&q=" + "x".repeat(500)).statusCode()).isEqualTo(200);
		assertThat(audit.about("translation", DraftTranslation.hash(english), 5)).isEmpty();
	}

	@Test
	void theLongestEnglishAndALongerSpanishAreKept() {
		// an option's "what it involves" may be 20,000 characters; its Spanish runs
		// longer
		String slug = "physical-therapy";
		OptionForm form = OptionForm.of(content.option(slug).orElseThrow());
		String english = ("You do the exercises at home most days. " + RUN.incrementAndGet() + ". ").repeat(240)
			.strip();
		assertThat(english.length()).isGreaterThan(9_000);
		form.setInvolves(english);
		assertThat(editor.post("/editor/options/" + slug, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		String spanish = "Usted hace los ejercicios en casa casi todos los días. ".repeat(240).strip();
		assertThat(spanish.length()).isGreaterThan(12_000);
		HttpResponse<String> saved = editor.post("/editor/translations/" + DraftTranslation.hash(english), "spanish",
				spanish, "version", "-1");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(content.spanishDrafts().get(english).spanish()).isEqualTo(spanish);
	}

}
