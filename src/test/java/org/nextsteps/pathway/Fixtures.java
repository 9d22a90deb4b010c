package org.nextsteps.pathway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.Stage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content the rules are compiled against. The option stages are copied from the contract
 * (options.md); the keys of explanations, questions and safety-net lines are those of the
 * seed content, which the rules must match.
 */
final class Fixtures {

	static final Map<String, Stage> OPTION_STAGES = optionStages();

	/** The seed content: explanation texts for the wording checks, keys for the rules. */
	static final ContentSnapshot CONTENT = ContentSeed.load(JsonMapper.builder().build());

	static final RuleTargets TARGETS = RuleTargets.of(CONTENT);

	static final Set<String> EXPLANATION_KEYS = TARGETS.explanationKeys();

	static final Set<String> QUESTION_KEYS = TARGETS.questionKeys();

	private static final CompiledRuleSet SEED = compile(RuleDefinitions.seed());

	private Fixtures() {
	}

	/** The seed decision table, compiled once for all tests. */
	static CompiledRuleSet seedRules() {
		return SEED;
	}

	static List<RuleProblem> validate(RuleDefinition rule) {
		return RuleSetCompiler.validate(rule, targets());
	}

	static CompiledRuleSet compile(List<RuleDefinition> rules) {
		return RuleSetCompiler.compile(rules, targets());
	}

	/** The contract's stages with the seed's keys. */
	private static RuleTargets targets() {
		return new RuleTargets(OPTION_STAGES, TARGETS.explanationKeys(), TARGETS.questionKeys(),
				TARGETS.safetyNetKeys());
	}

	private static Map<String, Stage> optionStages() {
		Map<String, Stage> stages = new LinkedHashMap<>();
		put(stages, Stage.URGENT, "emergency-care", "same-day-medical-review", "prompt-medical-review");
		put(stages, Stage.REASSESS, "give-it-time", "diagnostic-re-evaluation", "updated-imaging", "nerve-testing",
				"diagnostic-nerve-block", "joint-specialist-review");
		put(stages, Stage.CONSERVATIVE, "physical-therapy", "medication-review", "nerve-pain-medication",
				"chiropractic-care", "massage-therapy", "acupuncture", "mind-body-therapy", "lifestyle-changes",
				"pain-diary", "watchful-waiting");
		put(stages, Stage.INTERVENTIONAL, "repeat-injection-with-guidance", "epidural-steroid-injection",
				"radiofrequency-ablation", "selective-nerve-root-block", "trigger-point-injection", "prp-injection",
				"stem-cell-therapy");
		put(stages, Stage.ADVANCED, "spinal-cord-stimulation", "drg-stimulation", "multidisciplinary-pain-program");
		put(stages, Stage.SURGICAL, "surgical-consultation", "discectomy", "laminectomy", "foraminotomy",
				"spinal-fusion");
		return Map.copyOf(stages);
	}

	private static void put(Map<String, Stage> stages, Stage stage, String... slugs) {
		for (String slug : slugs) {
			stages.put(slug, stage);
		}
	}

}
