package org.nextsteps.editor;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One thing a scenario expects of the result, as editors write it:
 * "radiofrequency-ablation within the top 3".
 *
 * @param type what is checked
 * @param value an option slug, or a disposition code for {@link Type#DISPOSITION}
 * @param n the N of within / not within the top N
 * @param other the option that must come after {@code value}, for {@link Type#BEFORE}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Expectation(String type, String value, Integer n, String other) {

	enum Type {

		DISPOSITION, FIRST, IN_TOP, NOT_IN_TOP, PRESENT, ABSENT, BEFORE;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Type> byCode(String code) {
			for (Type type : values()) {
				if (type.code().equals(code)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}

		boolean takesN() {
			return this == IN_TOP || this == NOT_IN_TOP;
		}

	}

	Optional<Type> kind() {
		return Type.byCode(type);
	}

	/** The arguments of its message ({@code editor.expect.<type>}): value, n, other. */
	public Object[] args() {
		return new Object[] { value, n, other };
	}

	/**
	 * One line for lists and the audit log, e.g.
	 * {@code in_top 3 radiofrequency-ablation}.
	 */
	String describe() {
		StringBuilder text = new StringBuilder(type);
		if (n != null) {
			text.append(' ').append(n);
		}
		text.append(' ').append(value);
		if (other != null) {
			text.append(' ').append(other);
		}
		return text.toString();
	}

}
