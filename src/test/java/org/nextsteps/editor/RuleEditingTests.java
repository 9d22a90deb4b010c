package org.nextsteps.editor;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision table: an invalid rule cannot be made; valid changes are saved, audited
 * and conflict-checked.
 */
class RuleEditingTests extends EditorTestSupport {

	StaffSession editor;

	DraftRule suggest;

	@BeforeEach
	void setUp() {
		editor = signIn(Role.EDITOR);
		suggest = rules.rules()
			.stream()
			.filter(r -> r.definition().enabled() && r.definition().kind() == RuleKind.SUGGEST
					&& !r.definition().when().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	HttpResponse<String> save(RuleForm form) {
		return editor.post("/editor/rules/" + form.getKey(), EditorForms.array(EditorForms.rule(form)));
	}

	@Test
	void theTableShowsEveryRuleInWords() {
		String page = editor.get("/editor/rules").body();
		assertThat(page).contains(suggest.key()).contains("Suggest an option").contains("Kind of injection");
		// targets in words: a whole stage, a disposition, an option's title
		assertThat(page).contains("Every option of the stage: surgery")
			.contains("Emergency: call an ambulance now")
			.contains(">Physical therapy<")
			.doesNotContain(">stage:");
	}

	@Test
	void aConditionWithAnAnswerTheQuestionDoesNotHaveIsRefusedAndNothingIsSaved() {
		RuleForm form = RuleForm.of(suggest);
		RuleForm.ConditionForm c = new RuleForm.ConditionForm();
		c.setLinkId("injection_type");
		c.setOperator("is_any_of");
		c.setValues(List.of("facet_joint", "severe"));
		form.getConditions().add(c);
		HttpResponse<String> response = save(form);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Choose the answers to compare with");
		assertThat(rules.rule(suggest.key()).orElseThrow()).isEqualTo(suggest);
	}

	@Test
	void otherInvalidRulesAreRefusedWithTheirOwnMessages() {
		RuleForm weight = RuleForm.of(suggest);
		weight.setWeight("500");
		assertThat(save(weight).body()).contains("Use a whole number from -100 to 100");
		RuleForm notANumber = RuleForm.of(suggest);
		notANumber.setWeight("lots");
		assertThat(save(notANumber).statusCode()).isEqualTo(400);
		RuleForm stage = RuleForm.of(suggest);
		stage.setTarget("stage:surgical");
		assertThat(save(stage).body()).contains("Choose a target that fits");
		RuleForm operator = RuleForm.of(suggest);
		RuleForm.ConditionForm c = new RuleForm.ConditionForm();
		c.setLinkId("pain_score");
		c.setOperator("is_any_of");
		c.setValues(List.of("facet_joint"));
		operator.getConditions().add(c);
		assertThat(save(operator).body()).contains("Choose a test that fits this question.");
		RuleForm reason = RuleForm.of(suggest);
		reason.setReason("");
		reason.setSources("");
		assertThat(save(reason).body()).contains("Say why in the patient").contains("Give at least one source");
		assertThat(rules.rule(suggest.key()).orElseThrow()).isEqualTo(suggest);
	}

	@Test
	void sourcesTooLongToStoreAreRefusedWithAMessage() {
		RuleForm form = RuleForm.of(suggest);
		form.setSources("\"A source in quotes\" 2020\n".repeat(120));
		HttpResponse<String> response = save(form);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("These sources are too long to keep.");
		assertThat(rules.rule(suggest.key()).orElseThrow()).isEqualTo(suggest);
	}

	@Test
	void aNewRuleWithATakenKeyIsRefused() {
		RuleForm form = RuleForm.of(suggest);
		form.setSources("nice-ng59");
		HttpResponse<String> response = editor.post("/editor/rules", EditorForms.array(EditorForms.rule(form)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Another rule already uses this name.");
	}

	@Test
	void aValidChangeIsSavedWithItsAuditEntryAndANewRuleCanBeAdded() {
		RuleForm form = RuleForm.of(suggest);
		form.setWeight(String.valueOf(suggest.definition().weight() + 7));
		assertThat(save(form).statusCode()).isEqualTo(302);
		assertThat(rules.rule(suggest.key()).orElseThrow().definition().weight())
			.isEqualTo(suggest.definition().weight() + 7);
		assertThat(audit.about("rule", suggest.key(), 1).get(0).changes()).containsExactly(new FieldChange("weight",
				String.valueOf(suggest.definition().weight()), String.valueOf(suggest.definition().weight() + 7)));

		RuleForm added = RuleForm.of(suggest);
		added.setKey("test-rule-" + System.nanoTime());
		// a new rule cites real works, not the seed's file names
		added.setSources("nice-ng59\nNICE NG59 (2016, updated 2020)");
		added.getConditions().clear();
		RuleForm.ConditionForm score = new RuleForm.ConditionForm();
		score.setLinkId("pain_score");
		score.setOperator("at_least");
		score.setNumber("9");
		added.getConditions().add(score);
		assertThat(editor.post("/editor/rules", EditorForms.array(EditorForms.rule(added))).statusCode())
			.isEqualTo(302);
		assertThat(rules.rule(added.getKey()))
			.hasValueSatisfying(r -> assertThat(r.definition().when().get(0).values()).containsExactly("9"));
		assertThat(audit.about("rule", added.getKey(), 1).get(0).action()).isEqualTo("rule.create");
	}

	@Test
	void aRuleIsSwitchedOffFromTheTable() {
		HttpResponse<String> response = editor.post("/editor/rules/" + suggest.key() + "/enabled", "enabled", "false",
				"version", String.valueOf(suggest.version()));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(rules.rule(suggest.key()).orElseThrow().definition().enabled()).isFalse();
		assertThat(audit.about("rule", suggest.key(), 1).get(0).action()).isEqualTo("rule.disable");
		// the same stale version again is a conflict, not a silent overwrite
		assertThat(editor
			.post("/editor/rules/" + suggest.key() + "/enabled", "enabled", "true", "version",
					String.valueOf(suggest.version()))
			.statusCode()).isEqualTo(409);
	}

	/**
	 * Issue 16: a rule that sets a disposition is not switched off in one click: the
	 * table links to a confirmation that needs a reason, from the table or the rule's
	 * form, and the reason is kept in the audit entry.
	 */
	@Test
	void aDispositionRuleIsSwitchedOffOnlyWithAReason() {
		DraftRule emergency = rules.rules()
			.stream()
			.filter(r -> r.definition().enabled() && r.definition().kind() == RuleKind.DISPOSITION
					&& "emergency".equals(r.definition().target()))
			.findFirst()
			.orElseThrow();
		String key = emergency.key();
		assertThat(editor.get("/editor/rules").body()).contains("href=\"/editor/rules/" + key + "/off\"");
		assertThat(editor.get("/editor/rules/" + key + "/off").body()).contains("Switch off rule " + key,
				"name=\"offReason\"");
		assertThat(editor.get("/editor/rules/" + suggest.key() + "/off").statusCode()).isEqualTo(404);
		HttpResponse<String> noReason = editor.post("/editor/rules/" + key + "/enabled", "enabled", "false", "version",
				String.valueOf(emergency.version()), "offReason", "  ");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Say why this rule that sets urgent advice is switched off");
		RuleForm unticked = RuleForm.of(emergency);
		unticked.setEnabled(false);
		HttpResponse<String> fromTheForm = save(unticked);
		assertThat(fromTheForm.statusCode()).isEqualTo(400);
		assertThat(fromTheForm.body()).contains("Say why this rule that sets urgent advice is switched off");
		assertThat(rules.rule(key).orElseThrow().definition().enabled()).as("nothing saved").isTrue();

		HttpResponse<String> withReason = editor.post("/editor/rules/" + key + "/enabled", "enabled", "false",
				"version", String.valueOf(emergency.version()), "offReason", "Replaced by rule emergency-2 in review");
		assertThat(withReason.statusCode()).isEqualTo(302);
		assertThat(rules.rule(key).orElseThrow().definition().enabled()).isFalse();
		assertThat(audit.about("rule", key, 1).get(0).changes())
			.contains(new FieldChange("offReason", null, "Replaced by rule emergency-2 in review"));
	}

	/**
	 * Issue 16: the rules table is searched and filtered by words, kind, the question a
	 * condition reads and status; a value the page does not offer is a 400.
	 */
	@Test
	void theRulesTableIsSearchedAndFiltered() {
		int all = rules.rules().size();
		String page = editor.get("/editor/rules?kind=disposition&status=on").body();
		long dispositions = rules.rules()
			.stream()
			.filter(r -> r.definition().kind() == RuleKind.DISPOSITION && r.definition().enabled())
			.count();
		assertThat(page).contains("Showing " + dispositions + " of " + all + " rules.",
				"id=\"rule-flag-bladder-bowel-change\"");
		assertThat(page).doesNotContain("id=\"rule-" + suggest.key() + "\"");
		String words = editor.get("/editor/rules?q=BLADDER").body();
		assertThat(words).contains("id=\"rule-flag-bladder-bowel-change\"")
			.doesNotContain("id=\"rule-" + suggest.key() + "\"");
		String item = suggest.definition().when().get(0).linkId();
		String byItem = editor.get("/editor/rules?item=" + item).body();
		assertThat(byItem).contains("id=\"rule-" + suggest.key() + "\"");
		for (String bad : List.of("kind=nope", "status=maybe", "item=no_such_item")) {
			assertThat(editor.get("/editor/rules?" + bad).statusCode()).as(bad).isEqualTo(400);
		}
		assertThat(editor.get("/editor/rules").body()).contains("Showing " + all + " of " + all + " rules.");
	}

	@Test
	void concurrentEditsOfARuleConflict() {
		RuleForm first = RuleForm.of(suggest);
		RuleForm second = RuleForm.of(suggest);
		first.setWeight("42");
		second.setWeight("43");
		assertThat(save(first).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = save(second);
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("Someone else saved this").contains("42").contains("43");
		assertThat(rules.rule(suggest.key()).orElseThrow().definition().weight()).isEqualTo(42);
		assertThat(conflict.body()).contains("You both changed the fields below", "name=\"keep[weight]\"");
	}

	/**
	 * Issue 16: a colleague changed the conditions, this editor the reason; the second
	 * save keeps both, and saving the merged form (as sent back) writes them.
	 */
	@Test
	void aConcurrentRuleEditKeepsTheColleaguesConditions() {
		RuleForm first = RuleForm.of(suggest);
		RuleForm second = RuleForm.of(suggest);
		first.getConditions().remove(first.getConditions().size() - 1);
		assertThat(first.getConditions()).as("a rule with more than one condition").isNotEmpty();
		second.setReason("Often helps when the pain is mainly in the back.");
		assertThat(save(first).statusCode()).isEqualTo(302);
		var theirs = rules.rule(suggest.key()).orElseThrow().definition();
		HttpResponse<String> merged = save(second);
		assertThat(merged.statusCode()).isEqualTo(409);
		assertThat(merged.body()).contains("When: the change " + editor.username() + " made is kept.")
			.contains("Reason shown to the patient: your change is kept.")
			.doesNotContain("You both changed");
		RuleForm resent = RuleForm.of(rules.rule(suggest.key()).orElseThrow());
		resent.setReason(second.getReason());
		assertThat(save(resent).statusCode()).isEqualTo(302);
		var now = rules.rule(suggest.key()).orElseThrow().definition();
		assertThat(now.when()).isEqualTo(theirs.when());
		assertThat(now.reason()).isEqualTo(second.getReason());
	}

	@Test
	void formButtonsRearrangeConditionsWithoutSaving() {
		RuleForm form = RuleForm.of(suggest);
		List<String> fields = new java.util.ArrayList<>(EditorForms.rule(form));
		fields.addAll(List.of("action", "add-condition"));
		HttpResponse<String> added = editor.post("/editor/rules/" + suggest.key(), EditorForms.array(fields));
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("Condition " + (form.getConditions().size() + 1));
		HttpResponse<String> removed = editor.post("/editor/rules/" + suggest.key(),
				EditorForms.array(concat(EditorForms.rule(form), "remove", "0")));
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(rules.rule(suggest.key()).orElseThrow()).isEqualTo(suggest);
		// more condition rows than any form allows is a bad request, not an error
		assertThat(editor
			.post("/editor/rules/" + suggest.key(),
					EditorForms.array(concat(EditorForms.rule(form), "conditions[400].linkId", "x")))
			.statusCode()).isEqualTo(400);
		assertThat(editor.get("/editor/rules/no-such-rule").statusCode()).isEqualTo(404);
	}

	private static List<String> concat(List<String> fields, String... more) {
		List<String> all = new java.util.ArrayList<>(fields);
		all.addAll(List.of(more));
		return all;
	}

	/**
	 * Issue 16: a rule moves one place up or down; the move is audited, and the new order
	 * is a change of the draft that review and publishing see.
	 */
	@Test
	void aRuleMovesUpAndDownAndTheNewOrderIsAChange() {
		List<DraftRule> table = rules.rules();
		DraftRule second = table.get(1);
		String page = editor.get("/editor/rules/" + second.key()).body();
		assertThat(page).contains("This rule is number 2 of " + table.size(), "id=\"move-up\"");
		assertThat(editor
			.post("/editor/rules/" + second.key() + "/move", "direction", "up", "version",
					String.valueOf(second.version()))
			.statusCode()).isEqualTo(302);
		assertThat(rules.rules().get(0).key()).isEqualTo(second.key());
		assertThat(rules.rules().get(1).key()).isEqualTo(table.get(0).key());
		assertThat(audit.about("rule", second.key(), 1).get(0).changes())
			.containsExactly(new org.nextsteps.audit.FieldChange("position", "2", "1"));
		assertThat(editor.get("/editor").body()).contains("Order: rules");
		// the first rule cannot go higher; a stale page, a wrong direction and an unknown
		// rule are refused
		DraftRule first = rules.rules().get(0);
		assertThat(editor.get("/editor/rules/" + first.key()).body()).doesNotContain("id=\"move-up\"");
		assertThat(editor
			.post("/editor/rules/" + second.key() + "/move", "direction", "down", "version",
					String.valueOf(second.version()))
			.statusCode()).isEqualTo(409);
		assertThat(editor
			.post("/editor/rules/" + first.key() + "/move", "direction", "sideways", "version",
					String.valueOf(first.version()))
			.statusCode()).isEqualTo(400);
		assertThat(editor.post("/editor/rules/no-such-rule/move", "direction", "up", "version", "0").statusCode())
			.isEqualTo(404);
		assertThat(editor
			.post("/editor/rules/" + first.key() + "/move", "direction", "down", "version",
					String.valueOf(first.version()))
			.statusCode()).isEqualTo(302);
		assertThat(rules.rules().stream().map(DraftRule::key).toList())
			.isEqualTo(table.stream().map(DraftRule::key).toList());
	}

}
