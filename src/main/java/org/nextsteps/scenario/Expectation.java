package org.nextsteps.scenario;

import java.util.Locale;
import java.util.Optional;

import org.nextsteps.system.Coded;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One thing a scenario expects of the result, as editors write it:
 * "radiofrequency-ablation within the top 3". The cases are the checks of the shared
 * scenario files (check-guide.py's {@code expect}); {@link ScenarioCheck} checks them.
 * Kept as {@link Stored} rows; a stored type this version does not know is
 * {@link Unknown}, and fails its check rather than vanish.
 */
public sealed interface Expectation
		permits Expectation.DispositionIs, Expectation.First, Expectation.InTop, Expectation.NotInTop,
		Expectation.Present, Expectation.Absent, Expectation.Before, Expectation.ExplanationAbsent,
		Expectation.ReasonsNotMatching, Expectation.ExplanationsNotMatching, Expectation.Unknown {

	/** The checks an editor can choose, by the code that is stored and shown. */
	enum Type implements Coded {

		DISPOSITION, FIRST, IN_TOP, NOT_IN_TOP, PRESENT, ABSENT, BEFORE, EXPLANATION_ABSENT, REASONS_NOT_MATCHING,
		EXPLANATIONS_NOT_MATCHING;

		@Override
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Type> byCode(String code) {
			return Coded.byCode(Type.class, code);
		}

		/** Within or not within the top N. */
		public boolean takesN() {
			return this == IN_TOP || this == NOT_IN_TOP;
		}

		/** Its value is a pattern (a regular expression) the texts must not match. */
		public boolean takesPattern() {
			return this == REASONS_NOT_MATCHING || this == EXPLANATIONS_NOT_MATCHING;
		}

	}

	/**
	 * As stored (a JSON object in the scenario's row) and as the form and the audit log
	 * show it.
	 *
	 * @param type the type's code
	 * @param value an option slug, a disposition code, an explanation key or a pattern
	 * @param n the N of within / not within the top N
	 * @param other the option that must come after {@code value}, for before
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Stored(String type, String value, Integer n, String other) {

		Expectation toExpectation() {
			Optional<Type> kind = Type.byCode(type);
			if (kind.isEmpty()) {
				return new Unknown(this);
			}
			int top = n == null ? 0 : n;
			return switch (kind.get()) {
				case DISPOSITION -> new DispositionIs(value);
				case FIRST -> new First(value);
				case IN_TOP -> new InTop(value, top);
				case NOT_IN_TOP -> new NotInTop(value, top);
				case PRESENT -> new Present(value);
				case ABSENT -> new Absent(value);
				case BEFORE -> new Before(value, other);
				case EXPLANATION_ABSENT -> new ExplanationAbsent(value);
				case REASONS_NOT_MATCHING -> new ReasonsNotMatching(value);
				case EXPLANATIONS_NOT_MATCHING -> new ExplanationsNotMatching(value);
			};
		}

	}

	/**
	 * How it is kept: the inverse of {@link Stored#toExpectation()}. One branch per case
	 * of this sealed interface (an {@link Unknown} is kept as it was read); the last line
	 * is never reached.
	 */
	default Stored stored() {
		if (this instanceof DispositionIs e) {
			return new Stored(Type.DISPOSITION.code(), e.code(), null, null);
		}
		if (this instanceof First e) {
			return new Stored(Type.FIRST.code(), e.slug(), null, null);
		}
		if (this instanceof InTop e) {
			return new Stored(Type.IN_TOP.code(), e.slug(), e.n(), null);
		}
		if (this instanceof NotInTop e) {
			return new Stored(Type.NOT_IN_TOP.code(), e.slug(), e.n(), null);
		}
		if (this instanceof Present e) {
			return new Stored(Type.PRESENT.code(), e.slug(), null, null);
		}
		if (this instanceof Absent e) {
			return new Stored(Type.ABSENT.code(), e.slug(), null, null);
		}
		if (this instanceof Before e) {
			return new Stored(Type.BEFORE.code(), e.slug(), null, e.other());
		}
		if (this instanceof ExplanationAbsent e) {
			return new Stored(Type.EXPLANATION_ABSENT.code(), e.key(), null, null);
		}
		if (this instanceof ReasonsNotMatching e) {
			return new Stored(Type.REASONS_NOT_MATCHING.code(), e.pattern(), null, null);
		}
		if (this instanceof ExplanationsNotMatching e) {
			return new Stored(Type.EXPLANATIONS_NOT_MATCHING.code(), e.pattern(), null, null);
		}
		throw new IllegalStateException("No stored form for " + this);
	}

	/** The type's code: {@code editor.expect.<type>} says it in words. */
	default String type() {
		return stored().type();
	}

	/** The arguments of its message ({@code editor.expect.<type>}): value, n, other. */
	default Object[] args() {
		return new Object[] { stored().value(), stored().n(), stored().other() };
	}

	/**
	 * One line for lists and the audit log, e.g.
	 * {@code in_top 3 radiofrequency-ablation}.
	 */
	default String describe() {
		Stored stored = stored();
		StringBuilder text = new StringBuilder(stored.type());
		if (stored.n() != null) {
			text.append(' ').append(stored.n());
		}
		text.append(' ').append(stored.value());
		if (stored.other() != null) {
			text.append(' ').append(stored.other());
		}
		return text.toString();
	}

	/** How soon: the result's disposition is this one. */
	record DispositionIs(String code) implements Expectation {

	}

	/** The option comes first. */
	record First(String slug) implements Expectation {

	}

	/** The option is within the top {@code n}. */
	record InTop(String slug, int n) implements Expectation {

	}

	/** The option is not within the top {@code n} (not shown at all passes too). */
	record NotInTop(String slug, int n) implements Expectation {

	}

	/** The option is shown. */
	record Present(String slug) implements Expectation {

	}

	/** The option is not shown. */
	record Absent(String slug) implements Expectation {

	}

	/** The option is shown, and above {@code other} when that is shown too. */
	record Before(String slug, String other) implements Expectation {

	}

	/** The explanation with this key is not shown. */
	record ExplanationAbsent(String key) implements Expectation {

	}

	/** No reason given for any option contains a match of the pattern. */
	record ReasonsNotMatching(String pattern) implements Expectation {

	}

	/** No explanation shown (its title and body) contains a match of the pattern. */
	record ExplanationsNotMatching(String pattern) implements Expectation {

	}

	/** A stored check of a type this version does not know: it always fails. */
	record Unknown(Stored stored) implements Expectation {

	}

}
