package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One question of the questionnaire. Ids and codes are a public contract
 * (questionnaire.md); the patient-visible text lives in
 * {@code messages/questionnaire.properties} under the keys this record derives.
 *
 * @param linkId the contract id
 * @param type how it is answered
 * @param required whether an enabled item must be answered
 * @param codes answer codes in contract order (empty for integer items)
 * @param exclusiveCode the code that may not be combined with others, or {@code null}
 * @param min lowest value of an integer item (0 otherwise)
 * @param max highest value of an integer item (0 otherwise)
 * @param maxAnswers most codes one answer may hold (1 for single and integer items)
 * @param enableWhen when the item is shown, or {@code null} when always
 * @param step the wizard step, 1..7
 */
public record Item(String linkId, ItemType type, boolean required, List<String> codes, @Nullable String exclusiveCode,
		int min, int max, int maxAnswers, @Nullable EnableWhen enableWhen, int step) {

	public Item {
		Objects.requireNonNull(linkId, "linkId");
		Objects.requireNonNull(type, "type");
		codes = List.copyOf(codes);
		if (type == ItemType.INTEGER ? !codes.isEmpty() || min > max : codes.isEmpty()) {
			throw new IllegalArgumentException("Inconsistent item " + linkId);
		}
		if (exclusiveCode != null && (type != ItemType.MULTI || !codes.contains(exclusiveCode))) {
			throw new IllegalArgumentException("Exclusive code " + exclusiveCode + " is not a code of " + linkId);
		}
		if (maxAnswers < 1 || (type != ItemType.MULTI && maxAnswers != 1)) {
			throw new IllegalArgumentException("Bad maxAnswers for " + linkId);
		}
	}

	public boolean hasCode(String code) {
		return codes.contains(code);
	}

	/** Position of the code in contract order, -1 when unknown. */
	public int codeIndex(String code) {
		return codes.indexOf(code);
	}

	public String labelKey() {
		return "q." + linkId + ".label";
	}

	public String helpKey() {
		return "q." + linkId + ".help";
	}

	public String requiredKey() {
		return "q." + linkId + ".required";
	}

	public String codeKey(String code) {
		return "q." + linkId + "." + code;
	}

}
