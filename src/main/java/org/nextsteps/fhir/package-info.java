/**
 * FHIR R4 (issue 15): the questionnaire as a FHIR {@code Questionnaire}, a share link's
 * answers as a {@code QuestionnaireResponse}, and {@code $assess}, which takes a
 * {@code QuestionnaireResponse} and gives the result as {@code Parameters}. Built from
 * the questionnaire definition the wizard uses and assessed through the JSON API's own
 * path ({@link org.nextsteps.patient.AssessmentApi}), so the three cannot disagree.
 * HAPI's FHIR context is made on first use, never on the patient's path or at start-up.
 * Public: {@link org.nextsteps.fhir.FhirResponses} (reading a response, for the CDS Hooks
 * service) and {@link org.nextsteps.fhir.FhirCanonicals}.
 */
package org.nextsteps.fhir;
