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

	/** What separates the parts of a typed line. */
	public static final String SEPARATOR = " | ";

	/**
	 * As the editor types it:
	 * {@code NICE NG59 | 2020 | does-not-recommend | for low back pain}.
	 */
	public String line() {
		return String.join(SEPARATOR, guideline, String.valueOf(year), position.code(), group);
	}

	/**
	 * A typed line.
	 * @throws IllegalArgumentException when it does not have four parts, a year from 1950
	 * to 2100 and a known position
	 */
	public static Guidance parseLine(String line) {
		String[] parts = line.split("\\|", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("four parts");
		}
		int year = Integer.parseInt(parts[1].strip());
		if (year < 1950 || year > 2100 || parts[0].isBlank() || parts[3].isBlank()) {
			throw new IllegalArgumentException("year or blank part");
		}
		return new Guidance(parts[0].strip(), year, Position.fromCode(parts[2].strip()), parts[3].strip());
	}

}
