package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nextsteps.questionnaire.Item;

class RuleSetCompilerTest {

	private static ConditionDefinition when(String linkId, String operator, String... values) {
		return ConditionDefinition.of(linkId, operator, values);
	}

	private static RuleDefinition suggest(String key, ConditionDefinition... when) {
		return new RuleDefinition(key, RuleKind.SUGGEST, List.of(when), "physical-therapy", 10, "A reason.",
				List.of("004_d66cc4367a165fbe.txt"), true);
	}

	private static RuleDefinition rule(RuleKind kind, String target, int weight, String reason,
			ConditionDefinition... when) {
		return new RuleDefinition("a-rule", kind, List.of(when), target, weight, reason, List.of("NICE NG59"), true);
	}

	private static List<String> fields(RuleDefinition rule) {
		return Fixtures.validate(rule).stream().map(RuleProblem::field).toList();
	}

	@Test
	void aWellFormedRuleHasNoProblems() {
		assertThat(Fixtures.validate(suggest("pt-when-not-tried", when("tried", "is_not", "physical_therapy"),
				when("tried", "is_answered"), when("pain_score", "at_least", "4"))))
			.isEmpty();
		assertThat(Fixtures
			.validate(rule(RuleKind.EXCLUDE, "stage:advanced", 0, null, when("pain_duration", "is", "under_6_weeks"))))
			.isEmpty();
		assertThat(Fixtures.validate(rule(RuleKind.DISPOSITION, "soon", 100, "See a doctor soon.",
				when("red_flags", "is", "recent_trauma"))))
			.isEmpty();
		assertThat(Fixtures
			.validate(rule(RuleKind.PREFER, "stage:surgical", -40, null, when("priorities", "is", "avoid_surgery"))))
			.isEmpty();
		assertThat(Fixtures.validate(rule(RuleKind.EXPLAIN, "too_early", 0, null))).isEmpty();
		assertThat(Fixtures.validate(rule(RuleKind.ASK, "q_flare", 0, null))).isEmpty();
	}

	@Test
	void unknownItem() {
		List<RuleProblem> problems = Fixtures.validate(suggest("k", when("favourite_colour", "is", "blue")));
		assertThat(problems)
			.containsExactly(RuleProblem.inCondition("k", 0, RuleProblem.Code.QUESTION_UNKNOWN, "favourite_colour"));
		assertThat(problems).extracting(RuleProblem::field).containsExactly("when[0].linkId");
	}

	@Test
	void unknownCodeForThatItem() {
		assertThat(fields(suggest("k", when("tried", "is", "physical_therapy"), when("tried", "is_any_of", "yoga"))))
			.containsExactly("when[1].values");
		// a code of another item is still unknown here
		assertThat(fields(suggest("k", when("injection_type", "is", "lower_back")))).containsExactly("when[0].values");
	}

	@Test
	void unknownOperator() {
		assertThat(fields(suggest("k", when("tried", "contains", "massage")))).containsExactly("when[0].operator");
		assertThat(fields(suggest("k", new ConditionDefinition("tried", null, List.of("massage")))))
			.containsExactly("when[0].operator");
	}

	@ParameterizedTest
	@CsvSource({ "pain_score,is,5", "pain_score,is_not,5", "tried,at_least,3", "daily_impact,at_most,2" })
	void operatorNotValidForTheItemType(String linkId, String operator, String value) {
		assertThat(fields(suggest("k", when(linkId, operator, value)))).containsExactly("when[0].operator");
	}

	@ParameterizedTest
	@CsvSource({ "seven", "7.5", "11", "-1", "''", "99999999999" })
	void integerOperatorsNeedAWholeNumberInRange(String value) {
		assertThat(fields(suggest("k", when("pain_score", "at_least", value)))).containsExactly("when[0].values");
	}

	@Test
	void valuesMustBePresentAndFitTheOperator() {
		assertThat(fields(suggest("k", when("tried", "is_any_of")))).containsExactly("when[0].values");
		assertThat(fields(suggest("k", when("pain_score", "at_most", "3", "4")))).containsExactly("when[0].values");
		assertThat(fields(suggest("k", when("tried", "is", "massage", "opioids")))).containsExactly("when[0].values");
		assertThat(fields(suggest("k", when("tried", "is_answered", "massage")))).containsExactly("when[0].values");
		assertThat(fields(suggest("k", new ConditionDefinition("tried", "is_any_of", Arrays.asList("massage", null)))))
			.containsExactly("when[0].values");
		assertThat(fields(new RuleDefinition("k", RuleKind.SUGGEST, Arrays.asList((ConditionDefinition) null),
				"physical-therapy", 10, "Why.", List.of("x"), true)))
			.containsExactly("when[0]");
	}

	@Test
	void unknownTargets() {
		assertThat(fields(rule(RuleKind.SUGGEST, "yoga", 10, "Why."))).containsExactly("target");
		assertThat(fields(rule(RuleKind.SUGGEST, "stage:conservative", 10, "Why."))).containsExactly("target");
		assertThat(fields(rule(RuleKind.EXCLUDE, "stage:magic", 0, null))).containsExactly("target");
		assertThat(fields(rule(RuleKind.DISPOSITION, "whenever", 0, "Why."))).containsExactly("target");
		assertThat(fields(rule(RuleKind.DISPOSITION, "routine", 0, "Why."))).containsExactly("target");
		assertThat(fields(rule(RuleKind.EXPLAIN, "bad_luck", 0, null))).containsExactly("target");
		assertThat(fields(rule(RuleKind.ASK, "q_lottery", 0, null))).containsExactly("target");
		assertThat(fields(rule(RuleKind.ASK, null, 0, null))).containsExactly("target");
	}

	@Test
	void urgentOptionsComeOnlyFromDispositionRules() {
		assertThat(fields(rule(RuleKind.SUGGEST, "emergency-care", 10, "Why."))).containsExactly("target");
		assertThat(fields(rule(RuleKind.EXCLUDE, "same-day-medical-review", 0, null))).containsExactly("target");
		assertThat(fields(rule(RuleKind.EXCLUDE, "stage:urgent", 0, null))).containsExactly("target");
		assertThat(fields(
				rule(RuleKind.PREFER, "prompt-medical-review", 10, null, when("priorities", "is", "find_the_cause"))))
			.containsExactly("target");
	}

	@Test
	void aDispositionNeedsItsUrgentOptionInTheContent() {
		var stages = new java.util.HashMap<>(Fixtures.TARGETS.optionStages());
		stages.remove("emergency-care");
		RuleTargets targets = new RuleTargets(stages, Fixtures.TARGETS.explanationKeys(),
				Fixtures.TARGETS.questionKeys(), Fixtures.TARGETS.safetyNetKeys());
		assertThat(RuleSetCompiler.validate(rule(RuleKind.DISPOSITION, "emergency", 100, "Why."), targets))
			.extracting(RuleProblem::field)
			.containsExactly("target");
	}

	@Test
	void reasonsAreRequiredWhereThePatientSeesThem() {
		assertThat(fields(rule(RuleKind.SUGGEST, "pain-diary", 10, "  "))).containsExactly("reason");
		assertThat(fields(rule(RuleKind.FIRST, "give-it-time", 10, null))).containsExactly("reason");
		assertThat(fields(rule(RuleKind.DISPOSITION, "urgent", 100, null))).containsExactly("reason");
		assertThat(fields(rule(RuleKind.BOOST, "pain-diary", 10, null))).isEmpty();
		assertThat(fields(rule(RuleKind.SUGGEST, "pain-diary", 10, "x".repeat(401)))).containsExactly("reason");
	}

	@Test
	void everyRuleCitesASource() {
		assertThat(fields(new RuleDefinition("k", RuleKind.ASK, List.of(), "q_flare", 0, null, List.of(), true)))
			.containsExactly("sources");
		assertThat(fields(new RuleDefinition("k", RuleKind.ASK, List.of(), "q_flare", 0, null, null, true)))
			.containsExactly("sources");
		assertThat(fields(new RuleDefinition("k", RuleKind.ASK, List.of(), "q_flare", 0, null, List.of(" "), true)))
			.containsExactly("sources");
	}

	@Test
	void weightsStayInASaneRange() {
		assertThat(fields(rule(RuleKind.SUGGEST, "pain-diary", 101, "Why."))).containsExactly("weight");
		assertThat(fields(rule(RuleKind.BOOST, "pain-diary", -101, null))).containsExactly("weight");
		assertThat(fields(rule(RuleKind.SUGGEST, "pain-diary", 0, "Why."))).containsExactly("weight");
		assertThat(fields(rule(RuleKind.SUGGEST, "pain-diary", -5, "Why."))).containsExactly("weight");
		assertThat(fields(rule(RuleKind.PREFER, "pain-diary", 0, null, when("priorities", "is", "stay_active"))))
			.containsExactly("weight");
		assertThat(fields(rule(RuleKind.PREFER, "pain-diary", -100, null, when("priorities", "is", "stay_active"))))
			.isEmpty();
	}

	@Test
	void preferRulesAreAboutPriorities() {
		assertThat(fields(rule(RuleKind.PREFER, "pain-diary", 10, null))).containsExactly("when");
		assertThat(fields(rule(RuleKind.PREFER, "pain-diary", 10, null, when("tried", "is", "massage"))))
			.containsExactly("when");
		assertThat(fields(rule(RuleKind.PREFER, "pain-diary", 10, null, when("priorities", "is_not", "stay_active"))))
			.containsExactly("when");
	}

	@Test
	void keysAreKebabCaseAndKindIsRequired() {
		assertThat(fields(suggest("Not Kebab"))).containsExactly("key");
		assertThat(fields(suggest(null))).containsExactly("key");
		assertThat(fields(suggest("x".repeat(81)))).containsExactly("key");
		assertThat(fields(new RuleDefinition("k", null, null, null, 0, null, List.of("x"), true)))
			.containsExactly("kind");
	}

	@Test
	void compileReportsEveryProblemIncludingDuplicateKeys() {
		RuleDefinition good = suggest("same-key");
		RuleDefinition bad = rule(RuleKind.ASK, "q_lottery", 0, null);
		assertThatExceptionOfType(InvalidRulesException.class)
			.isThrownBy(() -> Fixtures.compile(Arrays.asList(good, suggest("same-key"), bad, null)))
			.satisfies(e -> assertThat(e.problems()).extracting(RuleProblem::ruleKey, RuleProblem::field)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("same-key", "key"),
						org.assertj.core.groups.Tuple.tuple("a-rule", "target"),
						org.assertj.core.groups.Tuple.tuple(null, "rule")));
	}

	@Test
	void disabledRulesAreKeptButNotCompiledOrChecked() {
		RuleDefinition off = new RuleDefinition("off", RuleKind.ASK, List.of(), "q_lottery", 0, null, List.of(), false);
		CompiledRuleSet set = Fixtures.compile(List.of(suggest("on"), off));
		assertThat(set.definitions()).hasSize(2);
		assertThat(set.rules).extracting(CompiledRule::key).containsExactly("on");
	}

	@Test
	void conditionsCompileToMaskTests() {
		CompiledRuleSet set = Fixtures.compile(List.of(suggest("k", when("tried", "is_any_of", "massage", "opioids"),
				when("tried", "is_not", "none"), when("pain_score", "at_most", "3"), when("priorities", "is_answered"),
				when("priorities", "is_not_answered"), when("pain_score", "at_least", "1"))));
		List<Item> items = set.questionnaire().items();
		Item triedItem = set.questionnaire().item("tried").orElseThrow();
		int tried = items.indexOf(triedItem);
		int score = items.indexOf(set.questionnaire().item("pain_score").orElseThrow());
		int priorities = items.indexOf(set.questionnaire().item("priorities").orElseThrow());
		assertThat(set.rules[0].when()).containsExactly(
				new Condition.AnyOf(tried, 1L << triedItem.codeIndex("massage") | 1L << triedItem.codeIndex("opioids")),
				new Condition.NoneOf(tried, 1L << triedItem.codeIndex("none")), new Condition.AtMost(score, 3),
				new Condition.Answered(priorities), new Condition.NotAnswered(priorities),
				new Condition.AtLeast(score, 1));
	}

	@Test
	void stageTargetsExpandToTheirOptions() {
		CompiledRuleSet set = Fixtures.compile(List.of(rule(RuleKind.EXCLUDE, "stage:advanced", 0, null)));
		assertThat(Arrays.stream(set.rules[0].targets()).mapToObj(i -> set.slugs[i]))
			.containsExactlyInAnyOrder("spinal-cord-stimulation", "drg-stimulation", "multidisciplinary-pain-program");
	}

	@Test
	void jsonRoundTrip() {
		List<RuleDefinition> rules = List.of(suggest("k", when("tried", "is", "massage")),
				rule(RuleKind.PREFER, "stage:surgical", -40, null, when("priorities", "is", "avoid_surgery")));
		String json = RuleDefinitions.write(rules);
		assertThat(json).contains("\"kind\" : \"prefer\"");
		assertThat(RuleDefinitions.read(new java.io.ByteArrayInputStream(json.getBytes()))).isEqualTo(rules);
	}

}
