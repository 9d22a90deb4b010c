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

	public boolean hasComparison() {
		return compareCount != null && compareGroup != null;
	}

}
