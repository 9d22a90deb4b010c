package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nextsteps.system.Coded;

/**
 * One line of the safety net every result carries (api.md, {@code safetyNet}): a new sign
 * and what to do about it. Lines marked {@code always} are on every result; the others
 * are added by rules for the answers they fit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SafetyNetLine(String key, Level level, boolean always, String text) {

	/** What the patient should do when the sign appears. */
	public enum Level implements Coded {

		/** Call emergency services now. */
		EMERGENCY,
		/** Contact a doctor or an urgent care service today. */
		TODAY;

		@JsonValue
		@Override
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		public static Level fromCode(String code) {
			return Coded.fromCode(Level.class, code);
		}

	}

}
