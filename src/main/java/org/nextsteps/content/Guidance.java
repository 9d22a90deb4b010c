package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nextsteps.system.Coded;

/**
 * What one named guideline says about an option for one group of people (options.md,
 * {@code guidance}).
 *
 * @param guideline the body and document, e.g. {@code NICE NG59}
 * @param year the year of the version cited
 * @param position its position
 * @param group whom the position is about, in plain words ("for sciatica")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Guidance(String guideline, int year, Position position, String group) {

	/** A guideline's position on an option (options.md). */
	public enum Position implements Coded {

		RECOMMENDS, CONSIDER, RESEARCH_ONLY, DOES_NOT_RECOMMEND, NO_POSITION;

		@JsonValue
		@Override
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** Whether the guideline advises against the option for its group. */
		public boolean isAgainst() {
			return this == DOES_NOT_RECOMMEND || this == RESEARCH_ONLY;
		}

		@JsonCreator
		public static Position fromCode(String code) {
			return Coded.fromCode(Position.class, code);
		}

	}

}
