package org.nextsteps.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A patient's answers by linkId, in questionnaire order when built by
 * {@link AnswerValidator}. Unanswered items are absent.
 */
public record Answers(Map<String, Answer> values) {

	private static final Answers EMPTY = new Answers(Map.of());

	public Answers {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public static Answers empty() {
		return EMPTY;
	}

	public boolean has(String linkId) {
		return values.containsKey(linkId);
	}

	public Optional<Answer> get(String linkId) {
		return Optional.ofNullable(values.get(linkId));
	}

	/** The code of a single-choice answer. */
	public Optional<String> code(String linkId) {
		return values.get(linkId) instanceof Answer.Single single ? Optional.of(single.code()) : Optional.empty();
	}

	/** The selected codes of a single or multi answer; empty when unanswered. */
	public List<String> codes(String linkId) {
		Answer answer = values.get(linkId);
		return answer == null ? List.of() : answer.codes();
	}

	public OptionalInt integer(String linkId) {
		return values.get(linkId) instanceof Answer.Whole whole ? OptionalInt.of(whole.value()) : OptionalInt.empty();
	}

	/**
	 * The answers in the JSON shape of the API: a code, a list of codes, or a number per
	 * linkId.
	 */
	public Map<String, Object> toRaw() {
		Map<String, Object> raw = new LinkedHashMap<>();
		values.forEach((linkId, answer) -> {
			if (answer instanceof Answer.Whole whole) {
				raw.put(linkId, whole.value());
			}
			else if (answer instanceof Answer.Single single) {
				raw.put(linkId, single.code());
			}
			else {
				raw.put(linkId, answer.codes());
			}
		});
		return raw;
	}

}
