package org.nextsteps.questionnaire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Checks raw answers against the questionnaire: the one validator behind the JSON API and
 * the web form. It never throws on junk input; every error names the linkId it is about,
 * and each item gets at most one error.
 */
public final class AnswerValidator {

	static final String UNKNOWN_ITEM = "error.answer.unknown-item";

	static final String UNKNOWN_CODE = "error.answer.unknown-code";

	static final String NOT_ENABLED = "error.answer.not-enabled";

	static final String WRONG_TYPE = "error.answer.wrong-type";

	static final String OUT_OF_RANGE = "error.answer.out-of-range";

	static final String SINGLE = "error.answer.single";

	static final String EXCLUSIVE = "error.answer.exclusive";

	static final String TOO_MANY = "error.answer.too-many";

	static final String REQUIRED = "error.answer.required";

	/** Longer strings are never codes; they are cut before being echoed in an error. */
	static final int MAX_TEXT = 200;

	private static final int ECHO = 40;

	private final Questionnaire questionnaire;

	public AnswerValidator(Questionnaire questionnaire) {
		this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
	}

	public Questionnaire questionnaire() {
		return questionnaire;
	}

	/**
	 * Validates answers decoded from JSON: a string for a single item, an array of
	 * strings for a multi item, a number for an integer item. A {@code null} value counts
	 * as unanswered.
	 */
	public ValidationResult validate(@Nullable Map<String, ?> raw) {
		List<AnswerError> errors = new ArrayList<>();
		Map<String, Object> given = new HashMap<>();
		if (raw != null) {
			for (Map.Entry<String, ?> entry : raw.entrySet()) {
				String key = entry.getKey();
				if (questionnaire.item(key).isEmpty()) {
					errors.add(AnswerError.of(echo(key), UNKNOWN_ITEM));
				}
				else if (entry.getValue() != null) {
					given.put(key, entry.getValue());
				}
			}
		}
		return check(given, errors);
	}

	/**
	 * Validates HTML form parameters with the same rules. Every key is taken as an
	 * answer: the web layer strips its own parameters (such as {@code _csrf}) first.
	 * Blank values count as unanswered; single and integer items take one value, integers
	 * as decimal text.
	 */
	public ValidationResult validateForm(@Nullable Map<String, List<String>> params) {
		Map<String, Object> raw = new LinkedHashMap<>();
		if (params != null) {
			for (Map.Entry<String, List<String>> entry : params.entrySet()) {
				List<String> values = new ArrayList<>();
				if (entry.getValue() != null) {
					for (String value : entry.getValue()) {
						if (value != null && !value.isBlank()) {
							values.add(value.strip());
						}
					}
				}
				raw.put(entry.getKey(),
						fromForm(questionnaire.item(entry.getKey()).map(Item::type).orElse(null), values));
			}
		}
		return validate(raw);
	}

	private static @Nullable Object fromForm(@Nullable ItemType type, List<String> values) {
		if (values.isEmpty()) {
			return null;
		}
		if (type == ItemType.MULTI || values.size() > 1) {
			return values;
		}
		String value = values.get(0);
		if (type == ItemType.INTEGER) {
			try {
				return new BigDecimal(value);
			}
			catch (NumberFormatException notANumber) {
				return value; // reported as the wrong type
			}
		}
		return value;
	}

	private ValidationResult check(Map<String, Object> given, List<AnswerError> errors) {
		Map<String, Answer> accepted = new LinkedHashMap<>();
		List<String> malformed = new ArrayList<>();
		// red_flags comes first: an urgent flag lets the patient skip the rest, and a
		// malformed red_flags answer
		// leaves that open, so in both cases no later item is reported missing
		boolean othersRequired = true;
		for (Item item : questionnaire.items()) {
			String linkId = item.linkId();
			Object raw = given.get(linkId);
			EnableWhen when = item.enableWhen();
			if (when != null && malformed.contains(when.question())) {
				// the controlling answer is wrong: whether this item belongs is
				// unknowable, so say nothing about it
				continue;
			}
			boolean enabled = when == null || when.test(new Answers(accepted));
			Object parsed = raw == null ? null : parse(item, raw);
			if (!enabled) {
				if (raw != null && !(parsed instanceof Absent)) {
					errors.add(AnswerError.of(linkId, NOT_ENABLED));
					malformed.add(linkId);
				}
			}
			else if (parsed instanceof AnswerError error) {
				errors.add(error);
				malformed.add(linkId);
			}
			else if (parsed instanceof Answer answer) {
				accepted.put(linkId, answer);
			}
			else if (item.required() && othersRequired) {
				errors.add(AnswerError.of(linkId, item.requiredKey()));
			}
			if (linkId.equals(Questionnaire.RED_FLAGS)) {
				othersRequired = !malformed.contains(linkId) && !questionnaire.isShortCircuited(new Answers(accepted));
			}
		}
		return errors.isEmpty() ? new ValidationResult.Valid(new Answers(accepted))
				: new ValidationResult.Invalid(errors);
	}

	/** Marks a given value that amounts to no answer (an empty list or blank text). */
	private enum Absent {

		INSTANCE

	}

	/** Returns an {@link Answer}, an {@link AnswerError} or {@link Absent}. */
	private Object parse(Item item, Object raw) {
		return switch (item.type()) {
			case SINGLE -> parseSingle(item, raw);
			case MULTI -> parseMulti(item, raw);
			case INTEGER -> parseInteger(item, raw);
		};
	}

	private Object parseSingle(Item item, Object raw) {
		Object value = raw;
		if (raw instanceof List<?> list) {
			if (list.isEmpty()) {
				return Absent.INSTANCE;
			}
			if (list.size() > 1) {
				return AnswerError.of(item.linkId(), SINGLE);
			}
			value = list.get(0); // a one-element list is a lenient spelling of one code
		}
		if (!(value instanceof String text)) {
			return AnswerError.of(item.linkId(), WRONG_TYPE);
		}
		if (text.isBlank()) {
			return Absent.INSTANCE;
		}
		if (text.length() > MAX_TEXT || !item.hasCode(text)) {
			return AnswerError.of(item.linkId(), UNKNOWN_CODE, echo(text));
		}
		return new Answer.Single(text);
	}

	private Object parseMulti(Item item, Object raw) {
		if (!(raw instanceof List<?> list)) {
			return AnswerError.of(item.linkId(), WRONG_TYPE);
		}
		BitSet chosen = new BitSet(item.codes().size());
		for (Object element : list) {
			if (!(element instanceof String text)) {
				return AnswerError.of(item.linkId(), WRONG_TYPE);
			}
			int index = text.length() > MAX_TEXT ? -1 : item.codeIndex(text);
			if (index < 0) {
				return AnswerError.of(item.linkId(), UNKNOWN_CODE, echo(text));
			}
			chosen.set(index);
		}
		if (chosen.isEmpty()) {
			return Absent.INSTANCE;
		}
		String exclusive = item.exclusiveCode();
		if (exclusive != null && chosen.cardinality() > 1 && chosen.get(item.codeIndex(exclusive))) {
			return AnswerError.of(item.linkId(), EXCLUSIVE, new MessageKey(item.codeKey(exclusive)));
		}
		if (chosen.cardinality() > item.maxAnswers()) {
			return AnswerError.of(item.linkId(), TOO_MANY, item.maxAnswers());
		}
		List<String> codes = new ArrayList<>(chosen.cardinality());
		chosen.stream().forEach(i -> codes.add(item.codes().get(i)));
		return new Answer.Multi(codes);
	}

	private Object parseInteger(Item item, Object raw) {
		AnswerError outOfRange = AnswerError.of(item.linkId(), OUT_OF_RANGE, item.min(), item.max());
		if (raw instanceof Boolean) {
			return outOfRange;
		}
		if (!(raw instanceof Number number)) {
			return AnswerError.of(item.linkId(), WRONG_TYPE);
		}
		BigDecimal exact;
		if (number instanceof BigDecimal decimal) {
			exact = decimal;
		}
		else if (number instanceof BigInteger whole) {
			exact = new BigDecimal(whole);
		}
		else if (number instanceof Double || number instanceof Float) {
			double d = number.doubleValue();
			if (!Double.isFinite(d)) {
				return outOfRange;
			}
			exact = BigDecimal.valueOf(d);
		}
		else if (number instanceof Long || number instanceof Integer || number instanceof Short
				|| number instanceof Byte) {
			exact = BigDecimal.valueOf(number.longValue());
		}
		else {
			return AnswerError.of(item.linkId(), WRONG_TYPE); // an exotic Number we
																// cannot read exactly
		}
		// 7.0 is the whole number 7; 7.5 and 1e309 are not answers on a 0-10 scale
		if (exact.compareTo(BigDecimal.valueOf(item.min())) < 0 || exact.compareTo(BigDecimal.valueOf(item.max())) > 0
				|| exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
			return outOfRange;
		}
		return new Answer.Whole(exact.intValueExact());
	}

	/**
	 * A short, printable form of untrusted text for an error: never the whole string,
	 * never control characters.
	 */
	static String echo(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > ECHO ? text.substring(0, ECHO) + "\u2026" : text;
		StringBuilder clean = new StringBuilder(cut.length());
		cut.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
		return clean.toString();
	}

}
