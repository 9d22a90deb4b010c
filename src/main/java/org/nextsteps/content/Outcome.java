package org.nextsteps.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What happened to people who had an option, as a natural frequency out of 100
 * (options.md, {@code outcomes}): "{count} out of 100 {group} {measure} {timeFrame}", and
 * where known the same for a comparison group.
 *
 * @param measure what happened, e.g. "had at least half of their leg pain gone"
 * @param count how many out of 100
 * @param group who was studied
 * @param timeFrame when it was measured, e.g. "after 6 months"
 * @param compareCount how many out of 100 in the comparison group, if known
 * @param compareGroup who the comparison group was, if known
 * @param source the study or guideline and its year
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outcome(String measure, int count, String group, String timeFrame, @Nullable Integer compareCount,
		@Nullable String compareGroup, String source) {

	public static final int DENOMINATOR = 100;

	public Outcome {
		if (count < 0 || count > DENOMINATOR
				|| (compareCount != null && (compareCount < 0 || compareCount > DENOMINATOR))) {
			throw new IllegalArgumentException("An outcome counts out of " + DENOMINATOR);
		}
	}

	/**
	 * Whether a part of the sentence ("{count} out of 100 {group} {measure} {timeFrame}")
	 * ends a sentence of its own: a full stop before a capital or at its end. The
	 * sentence built around it would then break ("... had surgery later. felt recovered
	 * after 1 year").
	 */
	public static boolean endsASentence(String part) {
		return SENTENCE_END.matcher(part.strip()).find();
	}

	private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](\\s+\\p{Lu}|$)");

	public boolean hasComparison() {
		return compareCount != null && compareGroup != null;
	}

	/**
	 * As the editor types it, in the order the sentence reads:
	 * {@code count | group | measure | time frame | source}, and
	 * {@code | compare count | compare group} when there is a comparison.
	 */
	public String line() {
		String line = String.join(Guidance.SEPARATOR, String.valueOf(count), group, measure, timeFrame, source);
		return hasComparison() ? line + Guidance.SEPARATOR + compareCount + Guidance.SEPARATOR + compareGroup : line;
	}

	/**
	 * A typed line.
	 * @throws IllegalArgumentException when it does not have five or seven parts, counts
	 * from 0 to 100, and every part filled in
	 */
	public static Outcome parseLine(String line) {
		String[] parts = line.split("\\|", -1);
		if (parts.length != 5 && parts.length != 7) {
			throw new IllegalArgumentException("five or seven parts");
		}
		for (String part : parts) {
			if (part.isBlank()) {
				throw new IllegalArgumentException("blank part");
			}
		}
		for (int i : parts.length == 7 ? new int[] { 1, 2, 3, 6 } : new int[] { 1, 2, 3 }) {
			if (endsASentence(parts[i])) {
				throw new IllegalArgumentException("a part of the sentence ends a sentence");
			}
		}
		Integer compareCount = parts.length == 7 ? Integer.valueOf(parts[5].strip()) : null;
		String compareGroup = parts.length == 7 ? parts[6].strip() : null;
		return new Outcome(parts[2].strip(), Integer.parseInt(parts[0].strip()), parts[1].strip(), parts[3].strip(),
				compareCount, compareGroup, parts[4].strip());
	}

}
