package org.nextsteps.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.context.MessageSource;

/**
 * Answers to and from a {@code QuestionnaireResponse}. Reading checks what only FHIR can
 * get wrong (which questionnaire, which version, the code system of each answer, nesting)
 * and leaves the rest to the questionnaire's one validator, the JSON API's, so the two
 * accept and refuse the same answers.
 */
final class ResponseMapping {

	/** A linkId that is safe to quote in a FHIRPath expression. */
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private static final int ECHO = 40;

	private final QuestionnaireMapping questionnaire;

	private final MessageSource messages;

	/** The questionnaire's validator: {@code Assessments#validate}. */
	private final Function<Map<String, ?>, ValidationResult> validator;

	ResponseMapping(QuestionnaireMapping questionnaire, MessageSource messages,
			Function<Map<String, ?>, ValidationResult> validator) {
		this.questionnaire = questionnaire;
		this.messages = messages;
		this.validator = validator;
	}

	QuestionnaireResponse toFhir(Answers answers) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(questionnaire.reference());
		response.setStatus(
				isComplete(answers) ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.STOPPED);
		for (Item item : questionnaire.definition().items()) {
			Optional<Answer> answer = answers.get(item.linkId());
			if (answer.isEmpty()) {
				continue;
			}
			QuestionnaireResponseItemComponent fhir = response.addItem()
				.setLinkId(item.linkId())
				.setText(questionnaire.itemText(item));
			if (answer.get() instanceof Answer.Whole whole) {
				fhir.addAnswer().setValue(new IntegerType(whole.value()));
			}
			else {
				answer.get().codes().forEach(code -> fhir.addAnswer().setValue(questionnaire.coding(item, code)));
			}
		}
		return response;
	}

	/**
	 * Whether every required item that is enabled is answered. Valid answers lack one
	 * only after the emergency shortcut (an emergency or same-day warning sign lets the
	 * patient skip the rest): such a response is {@code stopped}, which FHIR's required
	 * rule allows, as the guide does.
	 */
	private boolean isComplete(Answers answers) {
		return questionnaire.definition()
			.items()
			.stream()
			.noneMatch(item -> item.required() && questionnaire.definition().isEnabled(item, answers)
					&& !answers.has(item.linkId()));
	}

	ResponseReading read(QuestionnaireResponse response) {
		List<FhirProblem> problems = new ArrayList<>();
		checkQuestionnaire(response, problems);
		QuestionnaireResponseStatus status = response.getStatus();
		if (status != QuestionnaireResponseStatus.COMPLETED && status != QuestionnaireResponseStatus.AMENDED
				&& status != QuestionnaireResponseStatus.STOPPED) {
			problems.add(new FhirProblem(null, "QuestionnaireResponse.status",
					text("fhir.error.status", status == null ? "none" : status.toCode())));
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		List<QuestionnaireResponseItemComponent> items = response.getItem();
		for (int i = 0; i < items.size(); i++) {
			QuestionnaireResponseItemComponent item = items.get(i);
			String linkId = item.getLinkId();
			if (linkId == null || linkId.isBlank()) {
				problems
					.add(new FhirProblem(null, "QuestionnaireResponse.item[" + i + "]", text("fhir.error.no-link-id")));
				continue;
			}
			if (!seen.add(linkId)) {
				problems.add(problem(linkId, "fhir.error.duplicate", echo(linkId)));
				continue;
			}
			if (item.hasItem()
					|| item.getAnswer().stream().anyMatch(QuestionnaireResponseItemAnswerComponent::hasItem)) {
				problems.add(problem(linkId, "fhir.error.nested", echo(linkId)));
				continue;
			}
			Optional<Item> definition = questionnaire.definition().item(linkId);
			if (definition.isEmpty()) {
				raw.put(linkId, List.of()); // the validator names it as an unknown item
			}
			else if (item.hasAnswer()) {
				Object value = value(definition.get(), item.getAnswer(), problems);
				if (value != null) {
					raw.put(linkId, value);
				}
			}
		}
		ValidationResult validation = validator.apply(raw);
		if (problems.isEmpty() && validation.isValid()) {
			return new ResponseReading.Read(validation.answers());
		}
		Set<String> named = new HashSet<>();
		problems.forEach(p -> named.add(p.linkId()));
		for (AnswerError error : validation.errors()) {
			if (named.add(error.linkId())) {
				problems.add(new FhirProblem(error.linkId(), expression(error.linkId()),
						messages.getMessage(error, Locale.ENGLISH)));
			}
		}
		return new ResponseReading.Invalid(problems);
	}

	private void checkQuestionnaire(QuestionnaireResponse response, List<FhirProblem> problems) {
		String reference = response.getQuestionnaire();
		String expression = "QuestionnaireResponse.questionnaire";
		if (reference == null || reference.isBlank()) {
			problems
				.add(new FhirProblem(null, expression, text("fhir.error.questionnaire", FhirCanonicals.QUESTIONNAIRE)));
			return;
		}
		int bar = reference.indexOf('|');
		String url = bar < 0 ? reference : reference.substring(0, bar);
		if (!url.equals(FhirCanonicals.QUESTIONNAIRE)) {
			problems
				.add(new FhirProblem(null, expression, text("fhir.error.questionnaire", FhirCanonicals.QUESTIONNAIRE)));
		}
		else if (bar >= 0 && !reference.substring(bar + 1).equals(questionnaire.version())) {
			problems.add(new FhirProblem(null, expression,
					text("fhir.error.version", echo(reference.substring(bar + 1)), questionnaire.version())));
		}
	}

	/**
	 * An item's answers in the JSON API's shape: a code, a list of codes or a number
	 * (several values for a single item stay a list, which the validator refuses); null
	 * when an answer has the wrong type or code system (a problem is added).
	 */
	private @Nullable Object value(Item item, List<QuestionnaireResponseItemAnswerComponent> answers,
			List<FhirProblem> problems) {
		List<Object> values = new ArrayList<>();
		for (QuestionnaireResponseItemAnswerComponent answer : answers) {
			Type value = answer.getValue();
			if (item.type() == ItemType.INTEGER) {
				if (!(value instanceof IntegerType number) || number.getValue() == null) {
					problems.add(problem(item.linkId(), "fhir.error.integer", item.linkId()));
					return null;
				}
				values.add(number.getValue());
			}
			else {
				String system = FhirCanonicals.answers(item.linkId());
				if (!(value instanceof Coding coding) || !system.equals(coding.getSystem()) || !coding.hasCode()) {
					problems.add(problem(item.linkId(), "fhir.error.coding", item.linkId(), system));
					return null;
				}
				values.add(coding.getCode());
			}
		}
		return item.type() != ItemType.MULTI && values.size() == 1 ? values.get(0) : values;
	}

	private FhirProblem problem(String linkId, String key, Object... args) {
		return new FhirProblem(echo(linkId), expression(linkId), text(key, args));
	}

	static String expression(String linkId) {
		return SAFE_ID.matcher(linkId).matches() ? "QuestionnaireResponse.item.where(linkId='" + linkId + "')"
				: "QuestionnaireResponse.item";
	}

	private static String echo(String text) {
		return text.length() > ECHO ? text.substring(0, ECHO) + "…" : text;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
