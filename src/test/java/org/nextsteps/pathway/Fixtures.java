package org.nextsteps.pathway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nextsteps.content.Stage;

/**
 * Content the rules are compiled against. In production the content store supplies these; here they are copied from
 * the contract (options.md) and the content writer's key lists.
 */
final class Fixtures {

	static final Map<String, Stage> OPTION_STAGES = optionStages();

	static final Set<String> EXPLANATION_KEYS = Set.of("misidentified_source", "missed_target", "structural_problem",
			"central_sensitization", "coexisting_conditions", "non_response", "anaesthetic_only", "too_early",
			"short_lived_relief");

	static final Set<String> QUESTION_KEYS = Set.of("q_pain_source", "q_why_not_work", "q_image_guidance",
			"q_repeat_injection", "q_rfa_candidate", "q_imaging_update", "q_nerve_tests", "q_pt_plan", "q_medicines",
			"q_nerve_medicine", "q_surgery_fit", "q_surgery_risks", "q_stimulation", "q_pain_program",
			"q_mental_health", "q_warning_signs", "q_when_review", "q_flare", "q_blood_thinners", "q_diabetes",
			"q_bone_health", "q_joint_options", "q_pain_diary", "q_avoid_procedures", "q_evidence");

	private static final CompiledRuleSet SEED = RuleSetCompiler.compile(RuleDefinitions.seed(), OPTION_STAGES,
			EXPLANATION_KEYS, QUESTION_KEYS);

	private Fixtures() {
	}

	/** The seed decision table, compiled once for all tests. */
	static CompiledRuleSet seedRules() {
		return SEED;
	}

	static List<RuleProblem> validate(RuleDefinition rule) {
		return RuleSetCompiler.validate(rule, OPTION_STAGES, EXPLANATION_KEYS, QUESTION_KEYS);
	}

	static CompiledRuleSet compile(List<RuleDefinition> rules) {
		return RuleSetCompiler.compile(rules, OPTION_STAGES, EXPLANATION_KEYS, QUESTION_KEYS);
	}

	private static Map<String, Stage> optionStages() {
		Map<String, Stage> stages = new LinkedHashMap<>();
		put(stages, Stage.URGENT, "emergency-care", "same-day-medical-review", "prompt-medical-review");
		put(stages, Stage.REASSESS, "give-it-time", "diagnostic-re-evaluation", "updated-imaging", "nerve-testing",
				"diagnostic-nerve-block");
		put(stages, Stage.CONSERVATIVE, "physical-therapy", "medication-review", "nerve-pain-medication",
				"chiropractic-care", "massage-therapy", "acupuncture", "mind-body-therapy", "lifestyle-changes",
				"pain-diary");
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
