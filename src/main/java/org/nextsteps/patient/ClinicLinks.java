package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A clinic's pre-filled link (issue 15): {@code /start?injection_type=facet_joint&...}.
 * Only known questions and codes that fit together are used, never the warning signs (the
 * patient answers them); what cannot be used is left out and named, so a link never
 * strands a patient who has answered nothing on an error page. The wizard reads links
 * with it, and the page for clinicians builds them with it.
 */
@Component
class ClinicLinks {

	/** Parameters of the wizard itself, not answers. */
	static final Set<String> CONTROL = Set.of("page", "a", "return");

	/**
	 * The questions a clinic does not fill in: the warning signs, which the patient must
	 * answer, and what matters to the patient, which is theirs to say.
	 */
	static final Set<String> PATIENT_ONLY = Set.of(Questionnaire.RED_FLAGS, "priorities");

	private final Assessments assessments;

	private final Questionnaire questionnaire;

	private final QuestionnaireFlow flow;

	ClinicLinks(Assessments assessments) {
		this.assessments = assessments;
		this.questionnaire = assessments.questionnaire();
		this.flow = new QuestionnaireFlow(questionnaire);
	}

	/**
	 * What a link filled in: the answers used, and the names of the parameters left out
	 * (in the order given).
	 */
	record Prefill(Answers answers, List<String> ignored) {

		boolean filled() {
			return !answers.values().isEmpty();
		}

		boolean anyIgnored() {
			return !ignored.isEmpty();
		}

	}

	Prefill read(MultiValueMap<String, String> params) {
		List<String> ignored = new ArrayList<>();
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			String name = param.getKey();
			if (CONTROL.contains(name)) {
				continue;
			}
			if (PATIENT_ONLY.contains(name) || questionnaire.item(name).isEmpty()) {
				ignored.add(name);
				continue;
			}
			form.put(name, param.getValue());
		}
		// leave out what the questionnaire refuses, until what is left is sound
		for (int round = 0; round <= form.size(); round++) {
			Set<String> refused = new HashSet<>();
			for (AnswerError error : assessments.validateForm(form).errors()) {
				if (form.containsKey(error.linkId())) {
					refused.add(error.linkId());
				}
			}
			if (refused.isEmpty()) {
				break;
			}
			refused.forEach(form::remove);
			ignored.addAll(refused);
		}
		Map<String, Answer> values = new LinkedHashMap<>();
		form.forEach((linkId, v) -> questionnaire.item(linkId)
			.flatMap(item -> QuestionnaireFlow.answerOf(item, v))
			.ifPresent(a -> values.put(linkId, a)));
		Answers answers = flow.prune(values);
		// an answer to a question that does not apply to the others is left out too
		form.keySet().stream().filter(linkId -> !answers.has(linkId)).forEach(ignored::add);
		return new Prefill(answers, List.copyOf(ignored));
	}

	/**
	 * The query of a link that fills in these answers, in the questionnaire's order: the
	 * same query read back gives the same answers.
	 */
	MultiValueMap<String, String> query(Answers answers) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		for (Item item : questionnaire.items()) {
			answers.get(item.linkId()).ifPresent(answer -> {
				if (answer instanceof Answer.Single single) {
					query.add(item.linkId(), single.code());
				}
				else if (answer instanceof Answer.Multi multi) {
					multi.codes().forEach(code -> query.add(item.linkId(), code));
				}
				else if (answer instanceof Answer.Whole whole) {
					query.add(item.linkId(), Integer.toString(whole.value()));
				}
			});
		}
		return query;
	}

}
