/**
 * A CDS Hooks 2.0 service (issue 15) for the {@code patient-view} hook: discovery at
 * {@code GET /cds-services}, and at {@code POST /cds-services/next-steps} one card for
 * the patient's latest Next Steps response, found through prefetch, or no card. Plain
 * Spring MVC and records; the response is read by the FHIR module
 * ({@link org.nextsteps.fhir.FhirResponses}) and assessed through the JSON API's path
 * ({@link org.nextsteps.patient.AssessmentApi}), so a card says what the patient's result
 * says.
 */
package org.nextsteps.cdshooks;
