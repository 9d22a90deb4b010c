package org.nextsteps.fhir;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.patient.AssessmentApi;
import org.nextsteps.patient.SharedAnswers;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The guide in FHIR R4: its questionnaire, a share link's answers, and {@code $assess};
 * and, for the CDS Hooks service, reading a response from a prefetch. Strings in and out:
 * HAPI's classes stay inside {@link FhirMappings}, made on first use.
 */
@Service
public class FhirResponses {

	private final AssessmentApi api;

	private final Assessments assessments;

	private final SharedAnswers shared;

	private final MessageSource messages;

	private final boolean warmUp;

	private volatile @Nullable FhirMappings mappings;

	FhirResponses(AssessmentApi api, Assessments assessments, SharedAnswers shared, MessageSource messages,
			@Value("${nextsteps.fhir.warm-up:true}") boolean warmUp) {
		this.api = api;
		this.assessments = assessments;
		this.shared = shared;
		this.messages = messages;
		this.warmUp = warmUp;
	}

	/**
	 * Once the app has started (and only then), HAPI's context is made on a background
	 * thread of low priority, so the first CDS Hooks call, which an EHR waits for, does
	 * not pay its seconds. Off with {@code nextsteps.fhir.warm-up=false}.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!warmUp) {
			return;
		}
		Thread thread = new Thread(this::mappings, "fhir-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * The answers of a {@code QuestionnaireResponse} to the guide's questionnaire, or of
	 * the first one in a {@code Bundle} (a search sorted newest first; none in an empty
	 * one).
	 */
	public ResponseReading readLatest(String json) {
		return mappings().read(json, true);
	}

	/** The questionnaire as {@code application/fhir+json}. */
	String questionnaire() {
		return mappings().questionnaireJson();
	}

	/** A share link's answers as a {@code QuestionnaireResponse}; empty when damaged. */
	Optional<String> sharedResponse(String code) {
		return shared.of(code).flatMap(found -> {
			ValidationResult valid = assessments.validate(found.answers());
			return valid.isValid() ? Optional.of(mappings().responseJson(valid.answers())) : Optional.empty();
		});
	}

	/** {@code $assess}: the JSON API's result for a response's answers, or the errors. */
	Reply assess(String json, String baseUrl) {
		FhirMappings fhir = mappings();
		ResponseReading reading = fhir.read(json, false);
		if (reading instanceof ResponseReading.Read read) {
			return new Reply(200, fhir.parametersJson(api.assess(read.answers(), baseUrl)));
		}
		if (reading instanceof ResponseReading.Invalid invalid) {
			return new Reply(422, fhir.outcomeJson(invalid.problems()));
		}
		String message = reading instanceof ResponseReading.Malformed malformed ? malformed.message()
				: text("fhir.error.not-a-response");
		return new Reply(400, fhir.outcomeJson("structure", message));
	}

	/** An error about the request as a whole, as an {@code OperationOutcome}. */
	String outcome(String issueType, String messageKey) {
		return mappings().outcomeJson(issueType, text(messageKey));
	}

	private FhirMappings mappings() {
		FhirMappings made = mappings;
		if (made == null) {
			synchronized (this) {
				made = mappings;
				if (made == null) {
					made = new FhirMappings(assessments.questionnaire(), messages, assessments::validate);
					mappings = made;
				}
			}
		}
		return made;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.ENGLISH);
	}

	/** A status and an {@code application/fhir+json} body. */
	record Reply(int status, String body) {
	}

}
