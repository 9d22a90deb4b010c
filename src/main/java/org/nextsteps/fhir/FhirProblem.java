package org.nextsteps.fhir;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a {@code QuestionnaireResponse}: the item it is about (null when
 * it is about the response as a whole), where it is as a FHIRPath expression, and what is
 * wrong, in words.
 */
public record FhirProblem(@Nullable String linkId, String expression, String message) {
}
