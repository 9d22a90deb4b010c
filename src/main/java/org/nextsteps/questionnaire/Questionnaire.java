package org.nextsteps.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.nextsteps.questionnaire.EnableWhen.Operator;

/**
 * The questionnaire definition: every item in contract order (questionnaire.md).
 * Immutable; {@link #standard()} is the published contract.
 */
public final class Questionnaire {

	/**
	 * The item every assessment starts with; its urgent codes let the patient skip the
	 * rest.
	 */
	public static final String RED_FLAGS = "red_flags";

	private static final Questionnaire STANDARD = buildStandard();

	private final List<Item> items;

	private final Map<String, Item> byLinkId;

	private final List<Step> steps;

	private final Set<String> skipCodes;

	/**
	 * Codes offered only when an earlier answer fits them (linkId -> code -> condition);
	 * all others always.
	 */
	private final Map<String, Map<String, EnableWhen>> codeConditions;

	/**
	 * Items the wizard asks only when an earlier answer makes them matter (by linkId).
	 */
	private final Map<String, AskedWhen> askedWhen;

	/**
	 * When the wizard asks an item that the contract always requires: only when an
	 * earlier answer makes it matter. Otherwise the wizard gives the answer
	 * {@code otherwise} for the patient, the one the question's own hint tells such
	 * patients to give. The item stays required, and the validator accepts every code
	 * whatever the earlier answer (the API, older links).
	 */
	public record AskedWhen(EnableWhen when, String otherwise) {

		public AskedWhen {
			Objects.requireNonNull(when, "when");
			Objects.requireNonNull(otherwise, "otherwise");
		}

	}

	/**
	 * @param items in display order; an enableWhen may only look at an earlier item
	 * @param skipCodes red-flag codes so urgent that every other item becomes optional
	 * (api.md)
	 */
	public Questionnaire(List<Item> items, Set<String> skipCodes) {
		this(items, skipCodes, Map.of());
	}

	/**
	 * @param codeConditions codes that are offered only when an earlier answer fits them
	 * (the joint findings for a joint injection, questionnaire.md); the validator still
	 * accepts every code
	 */
	public Questionnaire(List<Item> items, Set<String> skipCodes, Map<String, Map<String, EnableWhen>> codeConditions) {
		this(items, skipCodes, codeConditions, Map.of());
	}

	/**
	 * @param askedWhen single items the wizard asks only when an earlier answer makes
	 * them matter, answering them itself otherwise (walking_worse without leg pain)
	 */
	public Questionnaire(List<Item> items, Set<String> skipCodes, Map<String, Map<String, EnableWhen>> codeConditions,
			Map<String, AskedWhen> askedWhen) {
		this.items = List.copyOf(items);
		this.codeConditions = Map.copyOf(codeConditions);
		this.askedWhen = Map.copyOf(askedWhen);
		this.skipCodes = Set.copyOf(skipCodes);
		Map<String, Item> index = new LinkedHashMap<>();
		Map<Integer, List<Item>> perStep = new LinkedHashMap<>();
		for (Item item : this.items) {
			if (index.putIfAbsent(item.linkId(), item) != null) {
				throw new IllegalArgumentException("Duplicate linkId " + item.linkId());
			}
			EnableWhen when = item.enableWhen();
			if (when != null && (!index.containsKey(when.question()) || when.question().equals(item.linkId()))) {
				throw new IllegalArgumentException(item.linkId() + " depends on an item that does not come before it");
			}
			perStep.computeIfAbsent(item.step(), n -> new ArrayList<>()).add(item);
		}
		this.byLinkId = Map.copyOf(index);
		this.askedWhen.forEach((linkId, asked) -> {
			Item item = byLinkId.get(linkId);
			Item question = byLinkId.get(asked.when().question());
			if (item == null || question == null || item.type() != ItemType.SINGLE || !item.hasCode(asked.otherwise())
					|| this.items.indexOf(question) >= this.items.indexOf(item)) {
				throw new IllegalArgumentException(linkId + " must be a single item with the code " + asked.otherwise()
						+ ", after " + asked.when().question());
			}
		});
		this.steps = perStep.entrySet().stream().map(e -> new Step(e.getKey(), e.getValue())).toList();
	}

	/** The contract questionnaire. */
	public static Questionnaire standard() {
		return STANDARD;
	}

	public List<Item> items() {
		return items;
	}

	public Optional<Item> item(@Nullable String linkId) {
		return linkId == null ? Optional.empty() : Optional.ofNullable(byLinkId.get(linkId));
	}

	public List<Step> steps() {
		return steps;
	}

	/** Whether the item is shown, given the answers to earlier items. */
	public boolean isEnabled(Item item, Answers answersSoFar) {
		return item.enableWhen() == null || item.enableWhen().test(answersSoFar);
	}

	/**
	 * The items whose answers decide whether this item is asked and which of its codes
	 * are offered; a page that asks them must come before the item's.
	 */
	public Set<String> decidedBy(Item item) {
		Set<String> questions = new LinkedHashSet<>();
		if (item.enableWhen() != null) {
			questions.add(item.enableWhen().question());
		}
		AskedWhen asked = askedWhen.get(item.linkId());
		if (asked != null) {
			questions.add(asked.when().question());
		}
		codeConditions.getOrDefault(item.linkId(), Map.of()).values().forEach(when -> questions.add(when.question()));
		return questions;
	}

	/**
	 * Whether the wizard asks the item, given the answers to earlier items: it is enabled
	 * and, for an item asked only when it matters, it matters.
	 */
	public boolean isAsked(Item item, Answers answersSoFar) {
		AskedWhen asked = askedWhen.get(item.linkId());
		return isEnabled(item, answersSoFar) && (asked == null || asked.when().test(answersSoFar));
	}

	/**
	 * The code the wizard answers for the patient when the item is enabled and the answer
	 * that decides it rules it out (walking_worse without leg pain: {@code no}).
	 */
	public Optional<String> answerWhenNotAsked(Item item, Answers answersSoFar) {
		AskedWhen asked = askedWhen.get(item.linkId());
		return asked != null && isEnabled(item, answersSoFar) && answersSoFar.has(asked.when().question())
				&& !asked.when().test(answersSoFar) ? Optional.of(asked.otherwise()) : Optional.empty();
	}

	/**
	 * Whether the item may still be asked: it is asked, or an answer that decides it has
	 * not been given yet (for counting the pages ahead).
	 */
	public boolean mayBeAsked(Item item, Answers answersSoFar) {
		AskedWhen asked = askedWhen.get(item.linkId());
		return holdsOrOpen(item.enableWhen(), answersSoFar)
				&& (asked == null || holdsOrOpen(asked.when(), answersSoFar));
	}

	private static boolean holdsOrOpen(@Nullable EnableWhen when, Answers answers) {
		return when == null || when.test(answers) || !answers.has(when.question());
	}

	/**
	 * The codes of the item to offer the patient, given the answers to earlier items: the
	 * findings that fit the kind of injection (questionnaire.md). Answers with other
	 * codes stay valid (the API, older links).
	 */
	public List<String> codesOffered(Item item, Answers answersSoFar) {
		Map<String, EnableWhen> conditions = codeConditions.get(item.linkId());
		if (conditions == null) {
			return item.codes();
		}
		return item.codes().stream().filter(code -> {
			EnableWhen when = conditions.get(code);
			return when == null || when.test(answersSoFar);
		}).toList();
	}

	/**
	 * Whether the answers carry a red flag that lets the patient skip the rest (api.md
	 * safety short-circuit).
	 */
	public boolean isShortCircuited(Answers answers) {
		for (String code : answers.codes(RED_FLAGS)) {
			if (skipCodes.contains(code)) {
				return true;
			}
		}
		return false;
	}

	private static Questionnaire buildStandard() {
		List<Item> items = new ArrayList<>();
		// Step 1: safety check
		items.add(multi(1, RED_FLAGS, true, "none", 0, "bladder_bowel_change", "saddle_numbness",
				"fever_with_stiff_neck_or_confusion", "leg_weakness_worsening", "hand_clumsiness_or_unsteady_walking",
				"fever_or_site_infection", "headache_upright", "new_numbness_after_injection", "cancer_or_weight_loss",
				"recent_trauma", "constant_night_pain", "none"));
		// Step 2: the injection
		items.add(single(2, "injection_type", null, "epidural_steroid", "facet_joint", "medial_branch_block",
				"selective_nerve_root_block", "sacroiliac_joint", "trigger_point", "radiofrequency_ablation",
				"joint_or_tendon_steroid", "not_sure"));
		items.add(single(2, "spine_region",
				new EnableWhen("injection_type", Operator.NOT_EQUALS, List.of("joint_or_tendon_steroid")), "lower_back",
				"mid_back", "neck"));
		items.add(single(2, "injection_count", null, "one", "two_or_three", "four_or_more"));
		items.add(single(2, "image_guidance", null, "yes", "no", "not_sure"));
		items.add(single(2, "time_since_injection", null, "under_3_days", "3_to_14_days", "2_to_6_weeks",
				"over_6_weeks"));
		// Step 3: how it went
		items.add(single(3, "relief_duration", null, "none", "hours", "days_to_weeks", "months", "still_waiting"));
		items.add(single(3, "relief_amount",
				new EnableWhen("relief_duration", Operator.NOT_IN, List.of("none", "still_waiting")), "less_than_half",
				"about_half_or_more", "almost_complete"));
		items.add(single(3, "pain_now_vs_before", null, "better", "same", "worse"));
		// Step 4: the pain
		items.add(multi(4, "pain_location", true, null, 0, "back_or_neck", "one_leg", "both_legs", "arm",
				"buttock_or_hip", "joint_or_limb", "widespread"));
		items.add(single(4, "numbness_tingling", null, "yes", "no"));
		items.add(single(4, "walking_worse", null, "yes", "no"));
		items.add(single(4, "pain_duration", null, "under_6_weeks", "6_weeks_to_3_months", "3_to_12_months",
				"over_1_year"));
		items.add(new Item("pain_score", ItemType.INTEGER, true, List.of(), null, 0, 10, 1, null, 4));
		items.add(single(4, "daily_impact", null, "mild", "moderate", "severe"));
		// Step 5: tests and history
		items.add(single(5, "imaging", null, "mri_within_year", "mri_older", "ct_or_xray_only", "none", "not_sure"));
		items.add(
				multi(5, "imaging_findings", true, null, 0,
						new EnableWhen("imaging", Operator.IN,
								List.of("mri_within_year", "mri_older", "ct_or_xray_only")),
						"herniated_disc", "spinal_stenosis", "spondylolisthesis_or_instability", "facet_arthritis",
						"disc_degeneration", "joint_arthritis", "tendon_or_soft_tissue_problem", "nothing_significant",
						"not_sure"));
		items.add(single(5, "previous_spine_surgery", null, "yes", "no"));
		items.add(multi(5, "other_conditions", true, "none", 0, "fibromyalgia_or_widespread_pain",
				"depression_or_anxiety", "osteoporosis", "diabetes", "blood_thinners", "weakened_immune_system",
				"none"));
		items.add(single(5, "age_band", null, "under_20", "20_to_49", "50_to_69", "70_or_over"));
		// Step 6: what was tried
		items.add(multi(6, "tried", true, "none", 0, "physical_therapy", "home_exercise", "anti_inflammatories",
				"nerve_pain_medicine", "muscle_relaxants", "opioids", "chiropractic", "acupuncture", "massage",
				"mind_body", "weight_or_ergonomics", "radiofrequency_ablation", "none"));
		// Step 7: values; they reorder suitable options and never touch safety
		items.add(multi(7, "priorities", false, null, 3, "avoid_surgery", "avoid_procedures", "avoid_daily_medicines",
				"longest_lasting_relief", "quickest_recovery", "fastest_relief", "lowest_risk", "find_the_cause",
				"stay_active"));
		Set<String> skip = Set.of("bladder_bowel_change", "saddle_numbness", "fever_with_stiff_neck_or_confusion",
				"leg_weakness_worsening", "hand_clumsiness_or_unsteady_walking", "fever_or_site_infection",
				"headache_upright", "new_numbness_after_injection");
		EnableWhen joint = new EnableWhen("injection_type", Operator.IN, List.of("joint_or_tendon_steroid"));
		EnableWhen spine = new EnableWhen("injection_type", Operator.NOT_IN, List.of("joint_or_tendon_steroid"));
		Map<String, EnableWhen> findings = new LinkedHashMap<>();
		for (String code : List.of("herniated_disc", "spinal_stenosis", "spondylolisthesis_or_instability",
				"facet_arthritis", "disc_degeneration")) {
			findings.put(code, spine);
		}
		findings.put("joint_arthritis", joint);
		findings.put("tendon_or_soft_tissue_problem", joint);
		// the contract always requires walking_worse; its hint says to answer no without
		// leg
		// pain, so the wizard does that instead of asking
		AskedWhen legPain = new AskedWhen(new EnableWhen("pain_location", Operator.IN, List.of("one_leg", "both_legs")),
				"no");
		return new Questionnaire(items, skip, Map.of("imaging_findings", findings), Map.of("walking_worse", legPain));
	}

	private static Item single(int step, String linkId, @Nullable EnableWhen when, String... codes) {
		return new Item(linkId, ItemType.SINGLE, true, List.of(codes), null, 0, 0, 1, when, step);
	}

	private static Item multi(int step, String linkId, boolean required, @Nullable String exclusive, int maxAnswers,
			String... codes) {
		return multi(step, linkId, required, exclusive, maxAnswers, null, codes);
	}

	private static Item multi(int step, String linkId, boolean required, @Nullable String exclusive, int maxAnswers,
			@Nullable EnableWhen when, String... codes) {
		return new Item(linkId, ItemType.MULTI, required, List.of(codes), exclusive, 0, 0,
				maxAnswers == 0 ? codes.length : maxAnswers, when, step);
	}

}
