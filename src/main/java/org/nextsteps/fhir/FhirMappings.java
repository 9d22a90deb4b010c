package org.nextsteps.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.nextsteps.patient.AssessmentApi.AssessmentJson;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.context.MessageSource;

/**
 * Everything that touches HAPI's classes, made on the first FHIR or CDS Hooks request
 * ({@link FhirResponses} holds it), so that no bean's signature names a HAPI class and
 * start-up loads none of them.
 */
final class FhirMappings {

	private final QuestionnaireMapping questionnaire;

	private final ResponseMapping responses;

	private final UnaryOperator<String> text;

	/** The questionnaire never changes while the app runs: encoded once. */
	private final String questionnaireJson;

	FhirMappings(Questionnaire definition, MessageSource messages,
			Function<Map<String, ?>, ValidationResult> validator) {
		this.text = key -> messages.getMessage(key, null, "", Locale.ENGLISH);
		this.questionnaire = new QuestionnaireMapping(definition, text);
		this.responses = new ResponseMapping(questionnaire, messages, validator);
		this.questionnaireJson = Fhir.encode(questionnaire.toFhir());
	}

	String questionnaireJson() {
		return questionnaireJson;
	}

	String responseJson(Answers answers) {
		return Fhir.encode(responses.toFhir(answers));
	}

	String parametersJson(AssessmentJson result) {
		return Fhir.encode(ResultParameters.of(result, text));
	}

	/**
	 * The answers of a {@code QuestionnaireResponse}; with {@code searchResult}, also of
	 * the first one in a {@code Bundle} (a search sorted newest first).
	 */
	ResponseReading read(String json, boolean searchResult) {
		IBaseResource resource;
		try {
			resource = Fhir.parse(json);
		}
		catch (Fhir.MalformedException ex) {
			return new ResponseReading.Malformed(text.apply("fhir.error.malformed"));
		}
		if (resource instanceof QuestionnaireResponse response) {
			return responses.read(response);
		}
		if (searchResult && resource instanceof Bundle bundle) {
			for (BundleEntryComponent entry : bundle.getEntry()) {
				if (entry.getResource() instanceof QuestionnaireResponse response) {
					return responses.read(response);
				}
			}
			return new ResponseReading.None();
		}
		return new ResponseReading.Malformed(text.apply("fhir.error.not-a-response"));
	}

	String outcomeJson(List<FhirProblem> problems) {
		return Fhir.encode(Outcomes.of(problems));
	}

	/**
	 * @param type the FHIR issue type's code, such as {@code not-found}
	 */
	String outcomeJson(String type, String message) {
		return Fhir.encode(Outcomes.of(IssueType.fromCode(type), message));
	}

}
