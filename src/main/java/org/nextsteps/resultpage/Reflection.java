package org.nextsteps.resultpage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a patient said while weighing their options on the result page (issue 13): how
 * much each trade-off matters to them, the option they lean toward and their answers to
 * the readiness check. It travels in the share code with the answers, so the print page
 * and the clinician see it; nothing is stored.
 *
 * @param ratings how much each trade-off matters, keyed by its code in {@link #VALUES},
 * from 1 (not at all) to {@link #SCALE} (most of all); unrated ones are absent
 * @param leaning the slug of the option the patient leans toward, {@link #NOT_SURE}, or
 * {@code null} when not answered
 * @param readiness the readiness answers (true for yes), keyed by the codes in
 * {@link #READINESS}; unanswered ones are absent
 */
public record Reflection(Map<String, Integer> ratings, @Nullable String leaning, Map<String, Boolean> readiness) {

	/**
	 * The trade-offs a patient can weigh, by the priority codes of the questionnaire that
	 * the options' content says they fit well or poorly. Frozen: share codes carry them
	 * in this order.
	 */
	public static final List<String> VALUES = List.of("fastest_relief", "longest_lasting_relief", "avoid_procedures",
			"avoid_surgery", "lowest_risk", "quickest_recovery");

	/** The points of the scale: 1 (not at all) to 5 (most of all). */
	public static final int SCALE = 5;

	/**
	 * The four readiness questions, in our own words after the SURE test (Légaré 2010):
	 * sure, informed, clear on what matters, supported. Frozen like {@link #VALUES}.
	 */
	public static final List<String> READINESS = List.of("sure", "informed", "values", "support");

	/** The leaning of a patient who is not sure yet. */
	public static final String NOT_SURE = "not-sure";

	/** A rating from which a trade-off counts as mattering to the patient. */
	public static final int MATTERS = 3;

	/** Nothing said yet. */
	public static final Reflection NONE = new Reflection(Map.of(), null, Map.of());

	public Reflection {
		ratings = Map.copyOf(ratings);
		readiness = Map.copyOf(readiness);
		for (Map.Entry<String, Integer> rating : ratings.entrySet()) {
			if (!VALUES.contains(rating.getKey()) || rating.getValue() < 1 || rating.getValue() > SCALE) {
				throw new IllegalArgumentException("Not a rating: " + rating);
			}
		}
		if (!READINESS.containsAll(readiness.keySet())) {
			throw new IllegalArgumentException("Not a readiness question: " + readiness.keySet());
		}
	}

	/** Whether the patient has said nothing yet. */
	public boolean isEmpty() {
		return ratings.isEmpty() && leaning == null && readiness.isEmpty();
	}

	/** The rating of a trade-off, 0 when it is not rated. */
	public int rating(String value) {
		return ratings.getOrDefault(value, 0);
	}

	/** The answer to a readiness question: "yes", "no" or "" when not answered. */
	public String ready(String question) {
		Boolean answer = readiness.get(question);
		return answer == null ? "" : answer ? "yes" : "no";
	}

	/**
	 * The readiness check's outcome: "ready" when all four answers are yes, "not-yet"
	 * when any is no, "" while none is no and some are unanswered.
	 */
	public String readinessOutcome() {
		if (readiness.containsValue(Boolean.FALSE)) {
			return "not-yet";
		}
		return readiness.size() == READINESS.size() ? "ready" : "";
	}

	/** The same reflection, leaning toward nothing (for another release's options). */
	public Reflection withoutLeaning() {
		return new Reflection(ratings, null, readiness);
	}

	/**
	 * The trade-offs the patient rated, in the order of {@link #VALUES} (for pages that
	 * list them).
	 */
	public Map<String, Integer> orderedRatings() {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (String value : VALUES) {
			if (ratings.containsKey(value)) {
				ordered.put(value, ratings.get(value));
			}
		}
		return ordered;
	}

}
