package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.nextsteps.content.Explanation;
import org.nextsteps.content.Stage;

/**
 * The checks of shared/tools/check-guide.py, on an {@link Evaluation} instead of an HTTP
 * response: shape rules and the clinical invariants, plus its random answer generator
 * (its scenario expectations are the main scenario checker's,
 * {@link org.nextsteps.scenario.ScenarioCheck}). Keep in step with the script.
 */
final class GuideChecks {

	static final List<String> SPINE_ONLY = List.of("epidural-steroid-injection", "selective-nerve-root-block",
			"spinal-cord-stimulation", "drg-stimulation", "discectomy", "laminectomy", "foraminotomy", "spinal-fusion",
			"radiofrequency-ablation");

	static final Map<String, Set<String>> OPERATION_NEEDS = Map.of("discectomy", Set.of("herniated_disc"),
			"laminectomy", Set.of("spinal_stenosis"), "foraminotomy", Set.of("herniated_disc", "spinal_stenosis"),
			"spinal-fusion", Set.of("spondylolisthesis_or_instability", "spinal_stenosis", "facet_arthritis"));

	static final Map<String, Disposition> FLAG_LEVEL = Map.ofEntries(
			Map.entry("bladder_bowel_change", Disposition.EMERGENCY),
			Map.entry("saddle_numbness", Disposition.EMERGENCY),
			Map.entry("fever_with_stiff_neck_or_confusion", Disposition.EMERGENCY),
			Map.entry("leg_weakness_worsening", Disposition.URGENT),
			Map.entry("hand_clumsiness_or_unsteady_walking", Disposition.URGENT),
			Map.entry("fever_or_site_infection", Disposition.URGENT), Map.entry("headache_upright", Disposition.URGENT),
			Map.entry("new_numbness_after_injection", Disposition.URGENT),
			Map.entry("cancer_or_weight_loss", Disposition.SOON), Map.entry("recent_trauma", Disposition.SOON),
			Map.entry("constant_night_pain", Disposition.SOON));

	/**
	 * A possible complication of the injection: no needle, no manipulation, no waiting
	 * (check-guide.py).
	 */
	static final Set<String> COMPLICATION_FLAGS = Set.of("fever_or_site_infection", "new_numbness_after_injection",
			"fever_with_stiff_neck_or_confusion");

	static final Set<String> NAMED_OPERATIONS = Set.of("discectomy", "laminectomy", "foraminotomy", "spinal-fusion");

	static final Map<Disposition, String> FIRST_FOR = Map.of(Disposition.EMERGENCY, "emergency-care",
			Disposition.URGENT, "same-day-medical-review", Disposition.SOON, "prompt-medical-review");

	/**
	 * linkId, kind, codes (or {lo, hi}), required, exclusive: as ITEMS in check-guide.py.
	 */
	private record GenItem(String linkId, String kind, List<String> codes, boolean required, String exclusive) {
	}

	private static final List<GenItem> ITEMS = List.of(
			new GenItem("red_flags", "multi",
					List.of("bladder_bowel_change", "saddle_numbness", "leg_weakness_worsening",
							"fever_or_site_infection", "headache_upright", "new_numbness_after_injection",
							"cancer_or_weight_loss", "recent_trauma", "constant_night_pain",
							"hand_clumsiness_or_unsteady_walking", "fever_with_stiff_neck_or_confusion", "none"),
					true, "none"),
			single("injection_type", "epidural_steroid", "facet_joint", "medial_branch_block",
					"selective_nerve_root_block", "sacroiliac_joint", "trigger_point", "radiofrequency_ablation",
					"joint_or_tendon_steroid", "not_sure"),
			single("spine_region", "lower_back", "mid_back", "neck"),
			single("injection_count", "one", "two_or_three", "four_or_more"),
			single("image_guidance", "yes", "no", "not_sure"),
			single("time_since_injection", "under_3_days", "3_to_14_days", "2_to_6_weeks", "over_6_weeks"),
			single("relief_duration", "none", "hours", "days_to_weeks", "months", "still_waiting"),
			single("relief_amount", "less_than_half", "about_half_or_more", "almost_complete"),
			single("pain_now_vs_before", "better", "same", "worse"),
			new GenItem("pain_location", "multi",
					List.of("back_or_neck", "one_leg", "both_legs", "arm", "buttock_or_hip", "joint_or_limb",
							"widespread"),
					true, null),
			single("numbness_tingling", "yes", "no"), single("walking_worse", "yes", "no"),
			single("pain_duration", "under_6_weeks", "6_weeks_to_3_months", "3_to_12_months", "over_1_year"),
			new GenItem("pain_score", "integer", List.of("0", "10"), true, null),
			single("daily_impact", "mild", "moderate", "severe"),
			single("imaging", "mri_within_year", "mri_older", "ct_or_xray_only", "none", "not_sure"),
			new GenItem("imaging_findings", "multi",
					List.of("herniated_disc", "spinal_stenosis", "spondylolisthesis_or_instability", "facet_arthritis",
							"disc_degeneration", "joint_arthritis", "tendon_or_soft_tissue_problem",
							"nothing_significant", "not_sure"),
					true, null),
			single("previous_spine_surgery", "yes", "no"),
			new GenItem("other_conditions", "multi",
					List.of("fibromyalgia_or_widespread_pain", "depression_or_anxiety", "osteoporosis", "diabetes",
							"blood_thinners", "weakened_immune_system", "none"),
					true, "none"),
			single("age_band", "under_20", "20_to_49", "50_to_69", "70_or_over"),
			new GenItem("tried", "multi",
					List.of("physical_therapy", "home_exercise", "anti_inflammatories", "nerve_pain_medicine",
							"muscle_relaxants", "opioids", "chiropractic", "acupuncture", "massage", "mind_body",
							"weight_or_ergonomics", "radiofrequency_ablation", "none"),
					true, "none"),
			new GenItem("priorities", "multi",
					List.of("avoid_surgery", "avoid_procedures", "avoid_daily_medicines", "longest_lasting_relief",
							"quickest_recovery", "fastest_relief", "lowest_risk", "find_the_cause", "stay_active"),
					false, null));

	private GuideChecks() {
	}

	private static GenItem single(String linkId, String... codes) {
		return new GenItem(linkId, "single", List.of(codes), true, null);
	}

	private static boolean enabled(String linkId, Map<String, Object> a) {
		return switch (linkId) {
			case "spine_region" -> !"joint_or_tendon_steroid".equals(a.get("injection_type"));
			case "relief_amount" -> !List.of("none", "still_waiting").contains(a.get("relief_duration"));
			case "imaging_findings" ->
				List.of("mri_within_year", "mri_older", "ct_or_xray_only").contains(a.get("imaging"));
			default -> true;
		};
	}

	/**
	 * A random valid answer set as JSON would carry it: random_answers() of
	 * check-guide.py.
	 */
	static Map<String, Object> randomAnswers(Random rng) {
		Map<String, Object> a = new HashMap<>();
		for (GenItem item : ITEMS) {
			if (!enabled(item.linkId(), a)) {
				continue;
			}
			switch (item.kind()) {
				case "integer" -> {
					int lo = Integer.parseInt(item.codes().get(0));
					int hi = Integer.parseInt(item.codes().get(1));
					a.put(item.linkId(), lo + rng.nextInt(hi - lo + 1));
				}
				case "single" -> a.put(item.linkId(), item.codes().get(rng.nextInt(item.codes().size())));
				default -> {
					if (!item.required() && rng.nextDouble() < 0.3) {
						continue;
					}
					if (item.exclusive() != null
							&& rng.nextDouble() < (item.linkId().equals("red_flags") ? 0.6 : 0.2)) {
						a.put(item.linkId(), List.of(item.exclusive()));
						continue;
					}
					List<String> pool = new ArrayList<>(item.codes());
					pool.remove(item.exclusive());
					int k = 1 + rng.nextInt(3);
					List<String> sample = new ArrayList<>();
					for (int i = 0; i < k; i++) {
						sample.add(pool.remove(rng.nextInt(pool.size())));
					}
					a.put(item.linkId(), sample);
				}
			}
		}
		return a;
	}

	static List<String> slugs(Evaluation e) {
		return e.options().stream().map(RankedOption::slug).toList();
	}

	/** shape_problems(), less the release and share link, which the API adds. */
	static List<String> shapeProblems(Evaluation e) {
		List<String> p = new ArrayList<>();
		if (e.disposition() == null) {
			p.add("no disposition");
		}
		if (e.options().isEmpty()) {
			p.add("no options");
			return p;
		}
		for (int i = 0; i < e.options().size(); i++) {
			RankedOption o = e.options().get(i);
			if (o.rank() != i + 1) {
				p.add("ranks are not 1..n in order");
			}
			if (o.reasons().isEmpty() || o.reasons().stream().anyMatch(r -> r == null || r.isBlank())) {
				p.add(o.slug() + " has no reasons");
			}
			if (o.stage() != Fixtures.OPTION_STAGES.get(o.slug())) {
				p.add(o.slug() + " has stage " + o.stage());
			}
		}
		if (new HashSet<>(slugs(e)).size() != e.options().size()) {
			p.add("an option is listed twice");
		}
		return p;
	}

	/**
	 * Each explanation of the result as the API shows it: its title and body (seed
	 * content).
	 */
	static List<String> explanationTexts(Evaluation e) {
		return explanations(e).stream().map(x -> x.title() + " " + x.body()).toList();
	}

	/** Each explanation of the result, from the seed content. */
	static List<Explanation> explanations(Evaluation e) {
		return e.explanationKeys()
			.stream()
			.flatMap(key -> Fixtures.CONTENT.explanations().stream().filter(x -> x.key().equals(key)))
			.toList();
	}

	/** invariant_problems() for answers as JSON would carry them. */
	@SuppressWarnings("unchecked")
	static List<String> invariantProblems(Map<String, Object> a, Evaluation e) {
		List<String> p = new ArrayList<>();
		List<String> slugs = slugs(e);
		Disposition want = Disposition.ROUTINE;
		for (String f : (List<String>) a.getOrDefault("red_flags", List.of())) {
			Disposition level = FLAG_LEVEL.get(f);
			if (level != null && level.ordinal() < want.ordinal()) {
				want = level;
			}
		}
		List<String> flags = (List<String>) a.getOrDefault("red_flags", List.of());
		if (flags.contains("fever_or_site_infection") && flags.stream()
			.anyMatch(List.of("leg_weakness_worsening", "new_numbness_after_injection",
					"hand_clumsiness_or_unsteady_walking")::contains)) {
			want = Disposition.EMERGENCY; // possible spinal abscess or bleed:
											// questionnaire.md, combinations
		}
		List<String> conditions = (List<String>) a.getOrDefault("other_conditions", List.of());
		if (want == Disposition.ROUTINE && conditions.contains("weakened_immune_system")
				&& "under_6_weeks".equals(a.get("pain_duration"))) {
			want = Disposition.SOON;
		}
		if (e.disposition() != want) {
			p.add("disposition " + e.disposition() + ", expected " + want);
		}
		if (FIRST_FOR.containsKey(want) && (slugs.isEmpty() || !slugs.get(0).equals(FIRST_FOR.get(want)))) {
			p.add(want + " disposition but first option is " + (slugs.isEmpty() ? "nothing" : slugs.get(0)));
		}
		if (want != Disposition.EMERGENCY && slugs.contains("emergency-care")) {
			p.add("emergency-care offered without an emergency flag");
		}
		if ("joint_or_tendon_steroid".equals(a.get("injection_type"))) {
			slugs.stream().filter(SPINE_ONLY::contains).forEach(s -> p.add("spine-only " + s + " offered for a joint"));
		}
		Set<String> findings = new HashSet<>((List<String>) a.getOrDefault("imaging_findings", List.of()));
		OPERATION_NEEDS.forEach((op, needs) -> {
			if (slugs.contains(op) && needs.stream().noneMatch(findings::contains)) {
				p.add(op + " offered without any of the findings " + needs);
			}
		});
		if (want == Disposition.ROUTINE && "under_6_weeks".equals(a.get("pain_duration"))) {
			slugs.stream()
				.filter(s -> Fixtures.OPTION_STAGES.get(s) == Stage.ADVANCED)
				.forEach(s -> p.add(s + " offered for pain of under 6 weeks"));
		}
		if (want == Disposition.ROUTINE && "still_waiting".equals(a.get("relief_duration"))
				&& (slugs.isEmpty() || !slugs.get(0).equals("give-it-time"))) {
			p.add("too early to judge, but give-it-time is not first");
		}
		if (flags.stream().anyMatch(COMPLICATION_FLAGS::contains)) {
			slugs.stream()
				.filter(s -> Fixtures.OPTION_STAGES.get(s) == Stage.INTERVENTIONAL || s.equals("chiropractic-care")
						|| s.equals("give-it-time"))
				.forEach(s -> p.add(s + " offered after a possible complication of the injection"));
		}
		Object score = a.get("pain_score");
		if (score instanceof Integer n && n <= 3 && "mild".equals(a.get("daily_impact"))) {
			slugs.stream()
				.filter(s -> s.equals("radiofrequency-ablation") || NAMED_OPERATIONS.contains(s)
						|| Fixtures.OPTION_STAGES.get(s) == Stage.ADVANCED)
				.forEach(s -> p.add(s + " offered for mild pain with little impact"));
		}
		if (flags.contains("recent_trauma")
				&& (conditions.contains("osteoporosis") || "70_or_over".equals(a.get("age_band")))) {
			if (!slugs.contains("updated-imaging")) {
				p.add("possible fracture (a fall with thin bones or at 70+), but no updated-imaging");
			}
			if (slugs.contains("chiropractic-care")) {
				p.add("chiropractic-care offered before a possible fracture is ruled out");
			}
		}
		if (want == Disposition.ROUTINE && !slugs.contains("watchful-waiting") && !slugs.contains("give-it-time")) {
			p.add("no natural-course option (watchful-waiting or give-it-time) among routine next steps");
		}
		return p;
	}

}
