package org.nextsteps.content;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Every field of an option that editors change, in page order: the one list of how each
 * is read from {@link OptionContent} as text (a list one item a line), how long it may be
 * as typed, and whether it is patient text that the reading grade measures. The patient
 * texts ({@link OptionContent#patientTexts()}), the editor's form and its checks, and the
 * field-by-field diffs of conflicts, releases and the audit log all go through it; its
 * property names are the form's fields and the diffs' names.
 */
public enum OptionField {

	STAGE("stage", Shape.CHOICE, 0, o -> List.of(o.stage().code())),
	TITLE("title", Shape.PATIENT_TEXT, 200, o -> List.of(o.title())),
	SUMMARY("summary", Shape.PATIENT_TEXT, 400, o -> List.of(o.summary())),
	INVOLVES("involves", Shape.PATIENT_TEXT, 20_000, o -> List.of(o.involves())),
	RECOVERY("recovery", Shape.PATIENT_TEXT, 4_000, o -> List.of(o.recovery())),
	TIME_COMMITMENT("timeCommitment", Shape.PATIENT_TEXT, 4_000, o -> List.of(o.timeCommitment())),
	RELIEF_DURATION("reliefDuration", Shape.PATIENT_TEXT, 4_000, o -> List.of(o.reliefDuration())),
	BENEFITS("benefits", Shape.PATIENT_LINES, 15_000, ContentOption.LIST_LENGTH, OptionContent::benefits),
	DOWNSIDES("downsides", Shape.PATIENT_LINES, 15_000, ContentOption.LIST_LENGTH, OptionContent::downsides),
	SUITS("suits", Shape.PATIENT_TEXT, 4_000, o -> List.of(o.suits())),
	NOT_FOR("notFor", Shape.PATIENT_TEXT, 4_000, o -> List.of(o.notFor())),
	EVIDENCE("evidence", Shape.CHOICE, 0, o -> List.of(o.evidence().code())),
	EVIDENCE_NOTE("evidenceNote", Shape.PATIENT_TEXT, 2_000, o -> List.of(o.evidenceNote())),
	INVASIVENESS("invasiveness", Shape.CHOICE, 0, o -> List.of(String.valueOf(o.invasiveness()))),
	SHORT_RECOVERY("shortRecovery", Shape.PATIENT_TEXT, 200, o -> List.of(o.shortRecovery())),
	SHORT_RELIEF("shortRelief", Shape.PATIENT_TEXT, 200, o -> List.of(o.shortRelief())),
	MAIN_DOWNSIDE("mainDownside", Shape.PATIENT_TEXT, 300, o -> List.of(o.mainDownside())),
	PRIORITIES_GOOD("prioritiesGood", Shape.CHOICE, 0, o -> o.priorities().good()),
	PRIORITIES_POOR("prioritiesPoor", Shape.CHOICE, 0, o -> o.priorities().poor()),
	SOURCES("sources", Shape.LINES, 3_000, ContentOption.SOURCES_LENGTH, OptionContent::sources),
	GUIDANCE("guidance", Shape.OPTIONAL_LINES, 5_000, o -> o.guidance().stream().map(Guidance::line).toList()),
	OUTCOMES("outcomes", Shape.OPTIONAL_LINES, 5_000, o -> o.outcomes().stream().map(Outcome::line).toList()),
	OUTCOMES_NOTE("outcomesNote", Shape.OPTIONAL_PATIENT_TEXT, 2_000, o -> List.of(o.outcomesNote())),
	LAST_REVIEWED("lastReviewed", Shape.CHOICE, 0, o -> List.of(String.valueOf(o.lastReviewed())));

	/** How a field is edited, and whether a patient reads it. */
	private enum Shape {

		/** Picked from a closed set (or a number or date), not typed as free text. */
		CHOICE,
		/** Typed text a patient reads. */
		PATIENT_TEXT,
		/** A typed list a patient reads, one item a line. */
		PATIENT_LINES,
		/** A typed list, one item a line, for staff. */
		LINES,
		/** A typed list, one item a line, for staff, that may be empty. */
		OPTIONAL_LINES,
		/** Typed text a patient reads, that may be empty. */
		OPTIONAL_PATIENT_TEXT

	}

	/** The most lines of a guideline or outcome list (it fits its column). */
	public static final int MAX_EVIDENCE_LINES = 20;

	private static final List<OptionField> TYPED = Arrays.stream(values()).filter(OptionField::isTyped).toList();

	private static final List<OptionField> GRADED = Arrays.stream(values()).filter(OptionField::isGraded).toList();

	private static final StringListConverter STORED_LIST = new StringListConverter();

	private final String property;

	private final Shape shape;

	private final int limit;

	/**
	 * A list's column: JSON, in which a quote takes two characters and a control
	 * character six.
	 */
	private final int stored;

	private final Function<OptionContent, List<String>> values;

	OptionField(String property, Shape shape, int limit, Function<OptionContent, List<String>> values) {
		this(property, shape, limit, 0, values);
	}

	OptionField(String property, Shape shape, int limit, int stored, Function<OptionContent, List<String>> values) {
		this.property = property;
		this.shape = shape;
		this.limit = limit;
		this.stored = stored;
		this.values = values;
	}

	/** The fields typed as text (all with a length limit), in page order. */
	public static List<OptionField> typed() {
		return TYPED;
	}

	/** The patient texts that the reading grade measures, in page order. */
	public static List<OptionField> graded() {
		return GRADED;
	}

	/**
	 * A typed list as stored: one item a line, each stripped, blank lines left out.
	 */
	public static List<String> lines(String typed) {
		return Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * The name of its form field, of its message ({@code editor.field.option.<property>})
	 * and of its changes in diffs and the audit log.
	 */
	public String property() {
		return property;
	}

	public boolean isTyped() {
		return shape != Shape.CHOICE;
	}

	/** Whether it is a list, typed one item a line. */
	public boolean isList() {
		return shape == Shape.PATIENT_LINES || shape == Shape.LINES || shape == Shape.OPTIONAL_LINES;
	}

	/** Whether it may be left empty. */
	public boolean isOptional() {
		return shape == Shape.OPTIONAL_LINES || shape == Shape.OPTIONAL_PATIENT_TEXT;
	}

	/** The field with this property name, if any. */
	public static java.util.Optional<OptionField> byProperty(String property) {
		return Arrays.stream(values()).filter(f -> f.property.equals(property)).findFirst();
	}

	public boolean isGraded() {
		return shape == Shape.PATIENT_TEXT || shape == Shape.PATIENT_LINES || shape == Shape.OPTIONAL_PATIENT_TEXT;
	}

	/** The most characters it may have as typed; 0 for a field that is not typed. */
	public int limit() {
		return limit;
	}

	/** Its values in the option: one, or a list's items. */
	public List<String> values(OptionContent option) {
		return values.apply(option);
	}

	/** Its value in the option as text: a list one item a line. */
	public String text(OptionContent option) {
		return String.join("\n", values(option));
	}

	/**
	 * Whether typed text fits: within the limit, and a list also within its column once
	 * stored, so a list short enough as typed may still not fit.
	 */
	public boolean fits(String typed) {
		return typed.length() <= limit
				&& (stored == 0 || STORED_LIST.convertToDatabaseColumn(lines(typed)).length() <= stored);
	}

}
