package org.nextsteps.fhir;

import java.util.List;

import org.nextsteps.questionnaire.Answers;

/** What a {@code QuestionnaireResponse} (or a search result that holds one) says. */
public sealed interface ResponseReading {

	/** Valid answers to this questionnaire, ready to assess. */
	record Read(Answers answers) implements ResponseReading {
	}

	/** No response at all: an empty search result. */
	record None() implements ResponseReading {
	}

	/** Not a FHIR resource, or not the kind asked for (HTTP 400). */
	record Malformed(String message) implements ResponseReading {
	}

	/** A well-formed response whose answers cannot be assessed (HTTP 422). */
	record Invalid(List<FhirProblem> problems) implements ResponseReading {

		public Invalid {
			problems = List.copyOf(problems);
		}

	}

}
