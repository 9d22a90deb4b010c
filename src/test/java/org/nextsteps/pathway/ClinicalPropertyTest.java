package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;

/**
 * One property per class of clinical defect that the review of 2026-12-01 found (domain
 * brief), each checked on thousands of random answer sets that are steered into the
 * situation it is about. The hazard log (docs/clinical-safety/hazard-log.md) names these
 * tests as the evidence that its controls work.
 */
class ClinicalPropertyTest {

	private static final int RUNS = 3000;

	static final Set<String> COMPLICATIONS = Set.of("fever_or_site_infection", "new_numbness_after_injection",
			"fever_with_stiff_neck_or_confusion");

	static final Set<String> SERIOUS = Set.of("cancer_or_weight_loss", "recent_trauma", "constant_night_pain");

	static final Set<String> STEROID_INJECTIONS = Set.of("epidural_steroid", "facet_joint",
			"selective_nerve_root_block", "sacroiliac_joint", "joint_or_tendon_steroid");

	static final Set<String> LIMB = Set.of("one_leg", "both_legs", "arm");

	/**
	 * Words that belong to the spine: a joint or tendon result must not use them
	 * (options.md).
	 */
	static final Pattern SPINE_WORDS = Pattern.compile(
			"(?i)\\bspin(e|es|al)\\b|\\bfacets?\\b|\\bdiscs?\\b|nerve roots?|lie on your front|another level|\\bvertebra");

	static final Set<String> NAMED_OPERATIONS = Set.of("discectomy", "laminectomy", "foraminotomy", "spinal-fusion");

	private final AnswerValidator validator = new AnswerValidator(Questionnaire.standard());

	private final Evaluator evaluator = new Evaluator();

	@Test
	void complicationsBlockNeedlesManipulationAndWaiting() {
		forEach(a -> put(a, "red_flags",
				pick(a, List.copyOf(COMPLICATIONS), "cancer_or_weight_loss", "headache_upright")), (a, e) -> {
					List<String> p = new ArrayList<>();
					for (RankedOption o : e.options()) {
						if (o.stage() == Stage.INTERVENTIONAL || o.stage() == Stage.ADVANCED
								|| Set
									.of("diagnostic-nerve-block", "chiropractic-care", "massage-therapy", "acupuncture",
											"give-it-time", "watchful-waiting")
									.contains(o.slug())) {
							p.add(o.slug() + " offered after a possible complication");
						}
					}
					if (e.disposition().ordinal() > Disposition.URGENT.ordinal()) {
						p.add("disposition " + e.disposition() + " after a possible complication");
					}
					if (!e.explanationKeys().equals(List.of("complication_first"))) {
						p.add("explained as a failed injection: " + e.explanationKeys());
					}
					return p;
				});
	}

	@Test
	void possibleSeriousCausesGetTheCheckAndTheScanFirst() {
		forEach(a -> {
			if (rng(a).nextBoolean()) {
				put(a, "red_flags", pick(a, List.copyOf(SERIOUS)));
			}
			else {
				put(a, "red_flags", List.of("none"));
				put(a, "other_conditions", List.of("weakened_immune_system"));
				put(a, "pain_duration", "under_6_weeks");
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			List<String> slugs = GuideChecks.slugs(e);
			if (e.disposition() != Disposition.SOON) {
				p.add("disposition " + e.disposition());
			}
			if (slugs.size() < 3 || !Set.of(slugs.get(1), slugs.get(2))
				.equals(Set.of("updated-imaging", "diagnostic-re-evaluation"))) {
				p.add("the check and the scan are not the first steps after the visit: " + slugs);
			}
			for (RankedOption o : e.options()) {
				if (o.stage() == Stage.INTERVENTIONAL || o.stage() == Stage.ADVANCED
						|| Set
							.of("diagnostic-nerve-block", "chiropractic-care", "massage-therapy", "acupuncture",
									"watchful-waiting", "give-it-time")
							.contains(o.slug())) {
					p.add(o.slug() + " offered before a serious cause is ruled out");
				}
			}
			return p;
		});
	}

	@Test
	void redFlagsAndCombinationsSetTheDisposition() {
		forEach(a -> {
			List<String> all = new ArrayList<>(GuideChecks.FLAG_LEVEL.keySet());
			all.sort(null);
			put(a, "red_flags", pick(a, all));
			if (rng(a).nextInt(4) == 0) {
				put(a, "other_conditions", List.of("weakened_immune_system"));
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>(GuideChecks.invariantProblems(a, e));
			p.removeIf(problem -> !problem.startsWith("disposition") && !problem.contains("first option")
					&& !problem.startsWith("emergency-care"));
			@SuppressWarnings("unchecked")
			List<String> flags = (List<String>) a.get("red_flags");
			if (flags.contains("constant_night_pain") && e.disposition().ordinal() > Disposition.SOON.ordinal()) {
				p.add("night pain with a weak immune system is not checked soon");
			}
			return p;
		});
	}

	@Test
	void guidelinePositionsAgainstATreatmentLowerItAndShowACaution() {
		CompiledRuleSet withoutCautions = Fixtures
			.compile(RuleDefinitions.seed().stream().filter(r -> r.kind() != RuleKind.CAUTION).toList());
		forEach(a -> {
			if (rng(a).nextBoolean()) {
				put(a, "spine_region", "lower_back");
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			Evaluation plain = evaluator.evaluate(answers(a), withoutCautions);
			Map<String, Integer> scoreWithout = scores(plain);
			for (RankedOption o : e.options()) {
				Integer before = scoreWithout.get(o.slug());
				if (before == null) {
					p.add(o.slug() + " appears only because of a caution");
				}
				else if (o.score() > before) {
					p.add(o.slug() + " rose from " + before + " to " + o.score() + " with a caution");
				}
				else if (o.score() < before && o.cautions().isEmpty()) {
					p.add(o.slug() + " was lowered without saying why");
				}
			}
			boolean lowerBack = "lower_back".equals(a.get("spine_region"));
			boolean sciatica = lowerBack && has(a, "pain_location", "one_leg", "both_legs");
			expectCaution(p, e, "nerve-pain-medication", sciatica);
			expectCaution(p, e, "epidural-steroid-injection",
					lowerBack && "yes".equals(a.get("walking_worse")) && has(a, "imaging_findings", "spinal_stenosis"));
			expectCaution(p, e, "acupuncture", lowerBack);
			expectCaution(p, e, "spinal-fusion",
					lowerBack && !has(a, "imaging_findings", "spondylolisthesis_or_instability"));
			expectCaution(p, e, "radiofrequency-ablation",
					lowerBack && !"medial_branch_block".equals(a.get("injection_type"))
							&& !"radiofrequency_ablation".equals(a.get("injection_type")));
			return p;
		});
	}

	@Test
	void ablationOperationsAndImplantsOnlyForModerateOrSeverePain() {
		forEach(a -> {
			put(a, "pain_score", rng(a).nextInt(5));
			put(a, "daily_impact", rng(a).nextBoolean() ? "mild" : "moderate");
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			int score = (Integer) a.get("pain_score");
			boolean mild = "mild".equals(a.get("daily_impact"));
			List<String> slugs = GuideChecks.slugs(e);
			if (slugs.contains("radiofrequency-ablation") && (score <= 3 || (score <= 4 && mild))) {
				p.add("ablation for pain " + score + " with " + a.get("daily_impact") + " impact");
			}
			if (score <= 3 && mild) {
				for (RankedOption o : e.options()) {
					if (NAMED_OPERATIONS.contains(o.slug()) || o.stage() == Stage.ADVANCED) {
						p.add(o.slug() + " for mild pain");
					}
				}
			}
			return p;
		});
	}

	@Test
	void implantsNeverRankAboveAFixableStructuralCause() {
		forEach(a -> {
			put(a, "imaging", "mri_within_year");
			put(a, "imaging_findings", pick(a, List.of("herniated_disc", "spinal_stenosis",
					"spondylolisthesis_or_instability", "facet_arthritis", "nothing_significant")));
			put(a, "pain_location", pick(a, List.of("back_or_neck", "one_leg", "both_legs", "arm")));
			put(a, "pain_duration", "over_1_year");
			put(a, "previous_spine_surgery", rng(a).nextBoolean() ? "yes" : "no");
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			Map<String, Integer> rank = ranks(e);
			boolean fixable = has(a, "imaging_findings", "herniated_disc", "spinal_stenosis",
					"spondylolisthesis_or_instability") && has(a, "pain_location", "one_leg", "both_legs", "arm");
			for (String implant : List.of("spinal-cord-stimulation", "drg-stimulation")) {
				if (!rank.containsKey(implant)) {
					continue;
				}
				if (fixable) {
					p.add(implant + " offered with a structural cause that surgery may fix");
				}
				for (String fix : List.of("surgical-consultation", "discectomy", "laminectomy", "foraminotomy")) {
					if (rank.containsKey(fix) && rank.get(fix) > rank.get(implant)) {
						p.add(implant + " above " + fix);
					}
				}
			}
			return p;
		});
	}

	@Test
	void explanationsFitTheInjectionThatWasGiven() {
		forEach(a -> {
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			String type = (String) a.get("injection_type");
			for (String text : GuideChecks.explanationTexts(e)) {
				if (Set.of("radiofrequency_ablation", "medial_branch_block").contains(type)
						&& text.matches("(?is).*steroid.*")) {
					p.add("a " + type + " explained with steroids: " + text);
				}
				if ("sacroiliac_joint".equals(type) && text.matches("(?is).*facet.*")) {
					p.add("a sacroiliac injection explained with facet joints: " + text);
				}
				if ("joint_or_tendon_steroid".equals(type) && SPINE_WORDS.matcher(text).find()) {
					p.add("a joint injection explained with the spine: " + text);
				}
			}
			return p;
		});
	}

	@Test
	void tooEarlyToJudgeMeansNoFurtherProcedure() {
		forEach(a -> {
			put(a, "red_flags", List.of("none"));
			put(a, "other_conditions", List.of("none"));
			if (rng(a).nextBoolean()) {
				put(a, "time_since_injection", "under_3_days");
			}
			else {
				put(a, "injection_type", "radiofrequency_ablation");
				put(a, "spine_region", "lower_back");
				put(a, "time_since_injection", "3_to_14_days");
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			String type = (String) a.get("injection_type");
			boolean early = STEROID_INJECTIONS.contains(type) || "radiofrequency_ablation".equals(type);
			if (!early) {
				return p;
			}
			List<String> slugs = GuideChecks.slugs(e);
			if (!slugs.isEmpty() && !slugs.get(0).equals("give-it-time")) {
				p.add("too early, but the first step is " + slugs.get(0));
			}
			for (RankedOption o : e.options()) {
				if (o.stage() == Stage.INTERVENTIONAL || o.stage() == Stage.ADVANCED || o.stage() == Stage.SURGICAL
						|| o.slug().equals("diagnostic-nerve-block")) {
					p.add(o.slug() + " planned while it is too early to judge");
				}
			}
			return p;
		});
	}

	@Test
	void theJointPathNeverSpeaksOfTheSpine() {
		forEach(a -> {
			put(a, "injection_type", "joint_or_tendon_steroid");
			a.remove("spine_region");
			if (rng(a).nextBoolean()) {
				put(a, "red_flags", List.of("none"));
			}
			if (a.containsKey("imaging_findings")) {
				put(a, "imaging_findings", pick(a, List.of("joint_arthritis", "tendon_or_soft_tissue_problem",
						"nothing_significant", "not_sure")));
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			String urgent = e.disposition().urgentOption().orElse("");
			for (RankedOption o : e.options()) {
				if (GuideChecks.SPINE_ONLY.contains(o.slug()) || o.slug().equals("diagnostic-nerve-block")
						|| o.stage() == Stage.SURGICAL) {
					p.add(o.slug() + " offered for a joint or tendon");
				}
				if (o.slug().equals(urgent)) {
					continue; // the warning signs speak of the spine where they must
								// (cauda equina)
				}
				for (String text : concat(o.reasons(), o.cautions())) {
					if (SPINE_WORDS.matcher(text).find()) {
						p.add(o.slug() + " says: " + text);
					}
				}
			}
			for (String text : GuideChecks.explanationTexts(e)) {
				if (SPINE_WORDS.matcher(text).find()) {
					p.add("explanation says: " + text);
				}
			}
			if (e.disposition() == Disposition.ROUTINE && !"still_waiting".equals(a.get("relief_duration"))
					&& !GuideChecks.slugs(e).contains("joint-specialist-review")) {
				p.add("no joint specialist");
			}
			return p;
		});
	}

	@Test
	void everyRoutineResultOffersTheNaturalCourse() {
		forEach(a -> {
		}, (a, e) -> {
			List<String> slugs = GuideChecks.slugs(e);
			if (e.disposition() == Disposition.ROUTINE && !slugs.contains("watchful-waiting")
					&& !slugs.contains("give-it-time")) {
				return List.of("no natural course");
			}
			if (e.disposition() == Disposition.ROUTINE && !slugs.contains("watchful-waiting")
					&& !"still_waiting".equals(a.get("relief_duration"))) {
				return List.of("no watchful waiting on a routine result");
			}
			return List.of();
		});
	}

	@Test
	void everyResultCarriesASafetyNet() {
		Map<String, SafetyNetLine> lines = new HashMap<>();
		Fixtures.CONTENT.safetyNet().forEach(line -> lines.put(line.key(), line));
		forEach(a -> {
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			List<SafetyNetLine> net = new ArrayList<>(
					Fixtures.CONTENT.safetyNet().stream().filter(SafetyNetLine::always).toList());
			for (String key : e.safetyNetKeys()) {
				if (!lines.containsKey(key)) {
					p.add("unknown safety-net line " + key);
				}
				else {
					net.add(lines.get(key));
				}
			}
			for (SafetyNetLine.Level level : SafetyNetLine.Level.values()) {
				if (net.stream().noneMatch(line -> line.level() == level)) {
					p.add("no " + level + " line in the safety net");
				}
			}
			if (has(a, "other_conditions", "blood_thinners")
					&& !"joint_or_tendon_steroid".equals(a.get("injection_type"))
					&& !e.safetyNetKeys().contains("sn_blood_thinners")) {
				p.add("blood thinners, but no word on what new weakness means");
			}
			if ("joint_or_tendon_steroid".equals(a.get("injection_type"))
					&& net.stream().anyMatch(line -> SPINE_WORDS.matcher(line.text()).find())) {
				p.add("the safety net of a joint injection speaks of the spine");
			}
			return p;
		});
	}

	@Test
	void prioritiesMoveOptionsTheWayTheEvidenceDoes() {
		forEach(a -> {
			List<String> all = List.of("avoid_surgery", "avoid_procedures", "avoid_daily_medicines",
					"longest_lasting_relief", "quickest_recovery", "fastest_relief", "lowest_risk", "find_the_cause",
					"stay_active");
			List<String> chosen = new ArrayList<>(pick(a, all));
			while (chosen.size() > 3) {
				chosen.remove(chosen.size() - 1);
			}
			put(a, "priorities", chosen);
			if (rng(a).nextBoolean()) {
				put(a, "imaging", "mri_within_year");
				put(a, "imaging_findings", List.of("herniated_disc"));
				put(a, "pain_location", List.of("back_or_neck", "one_leg"));
				put(a, "daily_impact", "severe");
				put(a, "pain_duration", "3_to_12_months");
				put(a, "tried", List.of("physical_therapy", "anti_inflammatories"));
			}
		}, (a, e) -> {
			List<String> p = new ArrayList<>();
			Map<String, Object> none = new HashMap<>(a);
			none.remove("priorities");
			Evaluation plain = evaluator.evaluate(answers(none), Fixtures.seedRules());
			if (plain.disposition() != e.disposition()) {
				p.add("priorities changed the disposition");
			}
			if (!Set.copyOf(GuideChecks.slugs(plain)).equals(Set.copyOf(GuideChecks.slugs(e)))) {
				p.add("priorities added or removed an option");
			}
			if (!plain.options().isEmpty() && plain.options().get(0).stage() == Stage.URGENT
					&& !plain.options().get(0).slug().equals(e.options().get(0).slug())) {
				p.add("priorities moved urgent care");
			}
			@SuppressWarnings("unchecked")
			List<String> chosen = (List<String>) a.get("priorities");
			Map<String, Integer> after = scores(e);
			boolean discOnNerve = has(a, "imaging_findings", "herniated_disc")
					&& has(a, "pain_location", "one_leg", "both_legs", "arm");
			for (String priority : chosen) {
				// what this one priority changed: the same answers without it, against
				// with it
				Map<String, Object> others = new HashMap<>(a);
				List<String> rest = new ArrayList<>(chosen);
				rest.remove(priority);
				others.put("priorities", rest);
				if (rest.isEmpty()) {
					others.remove("priorities");
				}
				Map<String, Integer> before = scores(evaluator.evaluate(answers(others), Fixtures.seedRules()));
				for (RankedOption o : e.options()) {
					int change = after.get(o.slug()) - before.get(o.slug());
					boolean procedure = o.stage() == Stage.INTERVENTIONAL || o.stage() == Stage.SURGICAL
							|| Set
								.of("diagnostic-nerve-block", "nerve-testing", "spinal-cord-stimulation",
										"drg-stimulation")
								.contains(o.slug());
					if (priority.equals("avoid_procedures") && procedure && change >= 0) {
						p.add("avoiding procedures did not lower " + o.slug());
					}
					if (priority.equals("avoid_surgery") && o.stage() == Stage.SURGICAL && change >= 0) {
						p.add("avoiding surgery did not lower " + o.slug());
					}
					if (priority.equals("lowest_risk")
							&& (o.stage() == Stage.SURGICAL || o.stage() == Stage.INTERVENTIONAL) && change >= 0) {
						p.add("the fewest risks did not lower " + o.slug());
					}
					if (priority.equals("lowest_risk") && o.slug().equals("watchful-waiting") && change <= 0) {
						p.add("the fewest risks did not raise watchful waiting");
					}
					if (discOnNerve && o.slug().equals("discectomy") && change < 0
							&& (priority.equals("fastest_relief") || priority.equals("quickest_recovery"))) {
						p.add(priority + " lowered surgery for a disc on a nerve");
					}
					if (discOnNerve && o.slug().equals("discectomy") && change <= 0
							&& priority.equals("fastest_relief")) {
						p.add("wanting fast relief did not raise surgery for a disc on a nerve");
					}
				}
			}
			return p;
		});
	}

	// -------------------------------------------------------------------------------------------------
	// helpers

	/**
	 * Runs {@link #RUNS} random answer sets (check-guide.py's generator), each changed by
	 * {@code steer} and then made valid again, through the seed rules, and collects what
	 * {@code check} finds.
	 */
	private void forEach(Consumer<Map<String, Object>> steer,
			BiFunction<Map<String, Object>, Evaluation, List<String>> check) {
		Random random = new Random(20_261_201L);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			Map<String, Object> a = GuideChecks.randomAnswers(random);
			a.put(RNG, random);
			steer.accept(a);
			a.remove(RNG);
			tidy(a);
			ValidationResult valid = validator.validate(a);
			if (!valid.isValid()) {
				failures.add("#" + i + " " + a + ": rejected " + valid.errors());
				continue;
			}
			Evaluation e = evaluator.evaluate(valid.answers(), Fixtures.seedRules());
			List<String> problems = check.apply(a, e);
			if (!problems.isEmpty()) {
				failures.add("#" + i + " " + a + ": " + problems + " -> " + GuideChecks.slugs(e));
			}
		}
		assertThat(failures).as("%d of %d answer sets fail", failures.size(), RUNS).isEmpty();
	}

	private static final String RNG = "\u0000rng";

	private static Random rng(Map<String, Object> a) {
		return (Random) a.get(RNG);
	}

	private static void put(Map<String, Object> a, String linkId, Object value) {
		a.put(linkId, value);
	}

	/** One to three of the codes, and sometimes one of the extra codes as well. */
	private static List<String> pick(Map<String, Object> a, List<String> codes, String... extras) {
		Random random = rng(a);
		List<String> pool = new ArrayList<>(codes);
		List<String> chosen = new ArrayList<>();
		for (int k = 1 + random.nextInt(Math.min(3, pool.size())); k > 0; k--) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		if (extras.length > 0 && random.nextInt(3) == 0) {
			chosen.add(extras[random.nextInt(extras.length)]);
		}
		return chosen;
	}

	/** Removes answers to items that a steer switched off, so the set stays valid. */
	private static void tidy(Map<String, Object> a) {
		if ("joint_or_tendon_steroid".equals(a.get("injection_type"))) {
			a.remove("spine_region");
		}
		else if (!a.containsKey("spine_region")) {
			a.put("spine_region", "lower_back");
		}
		if (!List.of("mri_within_year", "mri_older", "ct_or_xray_only").contains(a.get("imaging"))) {
			a.remove("imaging_findings");
		}
		else if (!a.containsKey("imaging_findings")) {
			a.put("imaging_findings", List.of("not_sure"));
		}
		if (List.of("none", "still_waiting").contains(a.get("relief_duration"))) {
			a.remove("relief_amount");
		}
		else if (!a.containsKey("relief_amount")) {
			a.put("relief_amount", "about_half_or_more");
		}
	}

	private Answers answers(Map<String, Object> a) {
		return validator.validate(a).answers();
	}

	@SuppressWarnings("unchecked")
	private static boolean has(Map<String, Object> a, String linkId, String... codes) {
		Object value = a.get(linkId);
		if (!(value instanceof List<?> list)) {
			return false;
		}
		for (String code : codes) {
			if (((List<String>) list).contains(code)) {
				return true;
			}
		}
		return false;
	}

	private static void expectCaution(List<String> p, Evaluation e, String slug, boolean applies) {
		e.options().stream().filter(o -> o.slug().equals(slug)).findFirst().ifPresent(o -> {
			if (applies && o.cautions().isEmpty()) {
				p.add(slug + " offered without the guideline's caution");
			}
		});
	}

	private static Map<String, Integer> ranks(Evaluation e) {
		Map<String, Integer> rank = new HashMap<>();
		e.options().forEach(o -> rank.put(o.slug(), o.rank()));
		return rank;
	}

	private static Map<String, Integer> scores(Evaluation e) {
		Map<String, Integer> score = new HashMap<>();
		e.options().forEach(o -> score.put(o.slug(), o.score()));
		return score;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
