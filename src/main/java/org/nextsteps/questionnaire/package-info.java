/**
 * The questionnaire: its items, ids and codes (a public contract,
 * shared/contract/questionnaire.md), the patient's answers, and the one validator used by
 * the JSON API and the web form. Patient-visible text lives in
 * {@code messages/questionnaire.properties}.
 */
@NullMarked
package org.nextsteps.questionnaire;

import org.jspecify.annotations.NullMarked;
