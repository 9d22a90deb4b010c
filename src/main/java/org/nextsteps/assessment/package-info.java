/**
 * From answers to a result: validate them with the questionnaire's one validator,
 * evaluate them against a release held in memory, and attach that release's content
 * ({@link org.nextsteps.assessment.Assessments}). No web and no SQL: the patient pages,
 * the JSON API, the editor's previews and the scenarios all use this one path.
 */
package org.nextsteps.assessment;
