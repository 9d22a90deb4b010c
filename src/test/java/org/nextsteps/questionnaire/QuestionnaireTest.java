package org.nextsteps.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nextsteps.questionnaire.EnableWhen.Operator;

class QuestionnaireTest {

	private final Questionnaire questionnaire = Questionnaire.standard();

	@Test
	void itemsAreTheContractItemsInContractOrder() {
		assertThat(questionnaire.items()).extracting(Item::linkId)
			.containsExactly("red_flags", "injection_type", "spine_region", "injection_count", "image_guidance",
					"time_since_injection", "relief_duration", "relief_amount", "pain_now_vs_before", "pain_location",
					"numbness_tingling", "walking_worse", "pain_duration", "pain_score", "daily_impact", "imaging",
					"imaging_findings", "previous_spine_surgery", "other_conditions", "age_band", "tried",
					"priorities");
	}

	@Test
	void codesTypesAndLimitsFollowTheContract() {
		Item redFlags = questionnaire.item("red_flags").orElseThrow();
		assertThat(redFlags.type()).isEqualTo(ItemType.MULTI);
		assertThat(redFlags.codes()).containsExactly("bladder_bowel_change", "saddle_numbness",
				"fever_with_stiff_neck_or_confusion", "leg_weakness_worsening", "hand_clumsiness_or_unsteady_walking",
				"fever_or_site_infection", "headache_upright", "new_numbness_after_injection", "cancer_or_weight_loss",
				"recent_trauma", "constant_night_pain", "none");
		assertThat(questionnaire.item("imaging_findings").orElseThrow().codes()).contains("joint_arthritis",
				"tendon_or_soft_tissue_problem");
		assertThat(questionnaire.item("other_conditions").orElseThrow().codes()).contains("weakened_immune_system");
		assertThat(questionnaire.item("priorities").orElseThrow().codes()).contains("fastest_relief", "lowest_risk");
		assertThat(redFlags.exclusiveCode()).isEqualTo("none");
		assertThat(questionnaire.item("tried").orElseThrow().codes()).hasSize(13)
			.endsWith("radiofrequency_ablation", "none");
		assertThat(questionnaire.item("other_conditions").orElseThrow().exclusiveCode()).isEqualTo("none");
		assertThat(questionnaire.item("imaging_findings").orElseThrow().exclusiveCode()).isNull();

		Item score = questionnaire.item("pain_score").orElseThrow();
		assertThat(score.type()).isEqualTo(ItemType.INTEGER);
		assertThat(List.of(score.min(), score.max())).containsExactly(0, 10);

		Item priorities = questionnaire.item("priorities").orElseThrow();
		assertThat(priorities.required()).isFalse();
		assertThat(priorities.maxAnswers()).isEqualTo(3);
		assertThat(questionnaire.items()).filteredOn(i -> !i.linkId().equals("priorities")).allMatch(Item::required);
		assertThat(questionnaire.item("injection_type").orElseThrow().codes()).containsExactly("epidural_steroid",
				"facet_joint", "medial_branch_block", "selective_nerve_root_block", "sacroiliac_joint", "trigger_point",
				"radiofrequency_ablation", "joint_or_tendon_steroid", "not_sure");
	}

	@Test
	void stepsGroupTheItemsOneToSeven() {
		assertThat(questionnaire.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(questionnaire.steps().get(0).items()).extracting(Item::linkId).containsExactly("red_flags");
		assertThat(questionnaire.steps().get(2).items()).extracting(Item::linkId)
			.containsExactly("relief_duration", "relief_amount", "pain_now_vs_before");
	}

	@Test
	void enableWhenFollowsTheContract() {
		Item region = questionnaire.item("spine_region").orElseThrow();
		Item amount = questionnaire.item("relief_amount").orElseThrow();
		Item findings = questionnaire.item("imaging_findings").orElseThrow();
		assertThat(region.enableWhen())
			.isEqualTo(new EnableWhen("injection_type", Operator.NOT_EQUALS, List.of("joint_or_tendon_steroid")));
		assertThat(questionnaire.isEnabled(region, answers("injection_type", "facet_joint"))).isTrue();
		assertThat(questionnaire.isEnabled(region, answers("injection_type", "joint_or_tendon_steroid"))).isFalse();
		assertThat(questionnaire.isEnabled(amount, answers("relief_duration", "hours"))).isTrue();
		assertThat(questionnaire.isEnabled(amount, answers("relief_duration", "none"))).isFalse();
		assertThat(questionnaire.isEnabled(amount, answers("relief_duration", "still_waiting"))).isFalse();
		assertThat(questionnaire.isEnabled(findings, answers("imaging", "ct_or_xray_only"))).isTrue();
		assertThat(questionnaire.isEnabled(findings, answers("imaging", "none"))).isFalse();
		// as in check-guide.py: negative conditions hold until answered, positive ones do
		// not
		assertThat(questionnaire.isEnabled(region, Answers.empty())).isTrue();
		assertThat(questionnaire.isEnabled(findings, Answers.empty())).isFalse();
		assertThat(Operator.NOT_IN.code()).isEqualTo("not-in");
	}

	/**
	 * questionnaire.md (2026-12-01): the joint findings for a joint or tendon injection,
	 * the spine ones otherwise.
	 */
	@Test
	void theFindingsOfferedFitTheInjection() {
		Item findings = questionnaire.item("imaging_findings").orElseThrow();
		assertThat(questionnaire.codesOffered(findings, answers("injection_type", "joint_or_tendon_steroid")))
			.containsExactly("joint_arthritis", "tendon_or_soft_tissue_problem", "nothing_significant", "not_sure");
		assertThat(questionnaire.codesOffered(findings, answers("injection_type", "facet_joint"))).containsExactly(
				"herniated_disc", "spinal_stenosis", "spondylolisthesis_or_instability", "facet_arthritis",
				"disc_degeneration", "nothing_significant", "not_sure");
		assertThat(questionnaire.codesOffered(questionnaire.item("tried").orElseThrow(), Answers.empty()))
			.isEqualTo(questionnaire.item("tried").orElseThrow().codes());
	}

	/**
	 * Issue 13: the walking question is about leg pain; the wizard asks it only with leg
	 * pain and answers no otherwise, while the contract keeps it required with no
	 * enableWhen, so the validator still wants it and takes either answer.
	 */
	@Test
	void theWalkingQuestionIsAskedOnlyWithLegPain() {
		Item walking = questionnaire.item("walking_worse").orElseThrow();
		Answers leg = new Answers(Map.of("pain_location", new Answer.Multi(List.of("back_or_neck", "both_legs"))));
		Answers back = new Answers(Map.of("pain_location", new Answer.Multi(List.of("back_or_neck", "arm"))));
		assertThat(walking.enableWhen()).isNull();
		assertThat(walking.required()).isTrue();
		assertThat(questionnaire.isAsked(walking, leg)).isTrue();
		assertThat(questionnaire.answerWhenNotAsked(walking, leg)).isEmpty();
		assertThat(questionnaire.isAsked(walking, back)).isFalse();
		assertThat(questionnaire.answerWhenNotAsked(walking, back)).contains("no");
		assertThat(questionnaire.mayBeAsked(walking, back)).isFalse();
		// not decided yet: not asked, not answered for the patient, but it may come
		assertThat(questionnaire.isAsked(walking, Answers.empty())).isFalse();
		assertThat(questionnaire.answerWhenNotAsked(walking, Answers.empty())).isEmpty();
		assertThat(questionnaire.mayBeAsked(walking, Answers.empty())).isTrue();
		assertThat(questionnaire.decidedBy(walking)).containsExactly("pain_location");
		assertThat(questionnaire.decidedBy(questionnaire.item("imaging_findings").orElseThrow()))
			.containsExactlyInAnyOrder("imaging", "injection_type");

		AnswerValidator validator = new AnswerValidator(questionnaire);
		Map<String, Object> raw = new HashMap<>(AnswerValidatorTest.base());
		raw.put("walking_worse", "yes");
		assertThat(validator.validate(raw).isValid()).isTrue();
		raw.remove("walking_worse");
		assertThat(validator.validate(raw).errors()).extracting(AnswerError::linkId).containsExactly("walking_worse");
	}

	@Test
	void anItemAskedOnlySometimesMustBeASingleItemAfterItsQuestion() {
		Item a = new Item("a", ItemType.SINGLE, true, List.of("x"), null, 0, 0, 1, null, 1);
		Item b = new Item("b", ItemType.SINGLE, true, List.of("y", "n"), null, 0, 0, 1, null, 1);
		Questionnaire.AskedWhen afterA = new Questionnaire.AskedWhen(new EnableWhen("a", Operator.EQUALS, List.of("x")),
				"n");
		assertThat(new Questionnaire(List.of(a, b), Set.of(), Map.of(), Map.of("b", afterA)).isAsked(b,
				new Answers(Map.of("a", new Answer.Single("x")))))
			.isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Questionnaire(List.of(b, a), Set.of(), Map.of(), Map.of("b", afterA)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Questionnaire(List.of(a, b), Set.of(), Map.of(),
				Map.of("b", new Questionnaire.AskedWhen(afterA.when(), "maybe"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Questionnaire(List.of(a, b), Set.of(), Map.of(), Map.of("c", afterA)));
	}

	@Test
	void urgentRedFlagsLetThePatientSkipTheRest() {
		assertThat(ShortCircuits.skipCodes(questionnaire)).containsExactlyInAnyOrder("bladder_bowel_change",
				"saddle_numbness", "fever_with_stiff_neck_or_confusion", "leg_weakness_worsening",
				"hand_clumsiness_or_unsteady_walking", "fever_or_site_infection", "headache_upright",
				"new_numbness_after_injection");
		assertThat(questionnaire.isShortCircuited(
				new Answers(Map.of("red_flags", new Answer.Multi(List.of("recent_trauma", "headache_upright"))))))
			.isTrue();
		assertThat(questionnaire
			.isShortCircuited(new Answers(Map.of("red_flags", new Answer.Multi(List.of("cancer_or_weight_loss"))))))
			.isFalse();
	}

	@Test
	void lookupsAndKeys() {
		assertThat(questionnaire.item("favourite_colour")).isEmpty();
		assertThat(questionnaire.item(null)).isEmpty();
		Item tried = questionnaire.item("tried").orElseThrow();
		assertThat(tried.labelKey()).isEqualTo("q.tried.label");
		assertThat(tried.helpKey()).isEqualTo("q.tried.help");
		assertThat(tried.requiredKey()).isEqualTo("q.tried.required");
		assertThat(tried.codeKey("massage")).isEqualTo("q.tried.massage");
	}

	@Test
	void aDefinitionMustBeConsistent() {
		Item a = new Item("a", ItemType.SINGLE, true, List.of("x"), null, 0, 0, 1, null, 1);
		Item b = new Item("b", ItemType.SINGLE, true, List.of("y"), null, 0, 0, 1,
				new EnableWhen("c", Operator.EQUALS, List.of("z")), 1);
		assertThatIllegalArgumentException().isThrownBy(() -> new Questionnaire(List.of(a, a), Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Questionnaire(List.of(a, b), Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Item("m", ItemType.MULTI, true, List.of("x"), "none", 0, 0, 1, null, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new EnableWhen("a", Operator.EQUALS, List.of("x", "y")));
	}

	@Test
	void answersOffersTypedAccess() {
		Answers answers = new Answers(Map.of("injection_type", new Answer.Single("facet_joint"), "pain_score",
				new Answer.Whole(7), "tried", new Answer.Multi(List.of("massage", "opioids", "massage"))));
		assertThat(answers.code("injection_type")).contains("facet_joint");
		assertThat(answers.code("tried")).isEmpty();
		assertThat(answers.codes("tried")).containsExactly("massage", "opioids");
		assertThat(answers.codes("injection_type")).containsExactly("facet_joint");
		assertThat(answers.codes("age_band")).isEmpty();
		assertThat(answers.integer("pain_score")).hasValue(7);
		assertThat(answers.integer("tried")).isEmpty();
		assertThat(answers.has("tried")).isTrue();
		assertThat(answers.has("age_band")).isFalse();
	}

	private static Answers answers(String linkId, String code) {
		return new Answers(Map.of(linkId, new Answer.Single(code)));
	}

}
