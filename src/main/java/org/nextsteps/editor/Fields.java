package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.TextContent;
import org.nextsteps.pathway.ConditionDefinition;
import org.nextsteps.pathway.RuleDefinition;

/**
 * Every field of the things editors change, by name, as the text people compare: lists
 * one item a line, conditions one a line. The one place that says what "field by field"
 * means for diffs, conflicts and the audit log; the names are message key suffixes
 * ({@code editor.field.<subject>.<name>}).
 */
final class Fields {

	/**
	 * A field by name and its text; a {@code set}'s lines are compared in any order (the
	 * priorities an option serves: the form sends them in the order of its boxes).
	 */
	record Field<T>(String name, Function<T, String> text, boolean set) {
	}

	/** The option fields that are sets of codes, not ordered lists. */
	private static final java.util.Set<String> OPTION_SETS = java.util.Set.of(OptionField.PRIORITIES_GOOD.property(),
			OptionField.PRIORITIES_POOR.property());

	/** Every field of an option, as {@link OptionField} defines it. */
	static final List<Field<OptionContent>> OPTION = Arrays.stream(OptionField.values())
		.map(f -> new Field<OptionContent>(f.property(), f::text, OPTION_SETS.contains(f.property())))
		.toList();

	static final List<Field<RuleDefinition>> RULE = List.of(field("kind", r -> r.kind() == null ? "" : r.kind().code()),
			field("when", r -> conditions(r.when())), field("target", RuleDefinition::target),
			field("weight", r -> String.valueOf(r.weight())), field("reason", RuleDefinition::reason),
			field("sources", r -> lines(r.sources())), field("enabled", r -> String.valueOf(r.enabled())));

	static final List<Field<Explanation>> EXPLANATION = List.of(field("title", Explanation::title),
			field("body", Explanation::body), field("sources", e -> lines(e.sources())));

	static final List<Field<DoctorQuestion>> QUESTION = List.of(field("text", DoctorQuestion::text));

	static final List<Field<SafetyNetLine>> SAFETY = List.of(field("text", SafetyNetLine::text),
			field("level", l -> l.level().code()), field("always", l -> String.valueOf(l.always())));

	static final List<Field<org.nextsteps.content.AboutFact>> ABOUT = List
		.of(field("text", org.nextsteps.content.AboutFact::text));

	/** A short text of any kind as its form has it ({@code TextForm}). */
	static final List<Field<TextContent>> TEXT = List.of(field("title", t -> t.title() == null ? "" : t.title()),
			field("body", TextContent::body), field("sources", t -> lines(t.sources())),
			field("level", t -> t.level() == null ? "" : t.level().code()),
			field("always", t -> String.valueOf(t.always())));

	private Fields() {
	}

	private static <T> Field<T> field(String name, Function<T, String> text) {
		return new Field<>(name, text, false);
	}

	/**
	 * The fields that differ; {@code before} or {@code after} null for a thing that was
	 * added or removed.
	 */
	static <T> List<FieldChange> changes(List<Field<T>> fields, T before, T after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Field<T> field : fields) {
			String a = before == null ? null : blankToNull(normalised(field, field.text().apply(before)));
			String b = after == null ? null : blankToNull(normalised(field, field.text().apply(after)));
			if (!Objects.equals(a, b)) {
				changes.add(new FieldChange(field.name(), a, b));
			}
		}
		return changes;
	}

	/** Every field's text, as compared, by name. */
	static <T> java.util.Map<String, String> values(List<Field<T>> fields, T item) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (Field<T> field : fields) {
			String text = field.text().apply(item);
			values.put(field.name(), text == null ? "" : normalised(field, text));
		}
		return values;
	}

	static String lines(List<String> values) {
		return String.join("\n", values);
	}

	/**
	 * One condition a line:
	 * {@code injection_type is_any_of facet_joint, medial_branch_block}.
	 */
	static String conditions(List<ConditionDefinition> when) {
		List<String> lines = new ArrayList<>();
		for (ConditionDefinition c : when) {
			lines.add((c.linkId() + " " + c.operator() + " " + String.join(", ", c.values())).strip());
		}
		return String.join("\n", lines);
	}

	/**
	 * A field's text as people compare it (issue 16): one kind of line ending, no spaces
	 * at the ends of lines or of the text, and a set's lines in order. A save that
	 * changes none of that changes nothing.
	 */
	static String normalised(Field<?> field, String text) {
		if (text == null) {
			return null;
		}
		if (!field.set()) {
			return normalised(text);
		}
		return String.join("\n", text.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList());
	}

	/**
	 * A typed text as stored and compared: one kind of line ending (browsers send CRLF),
	 * no spaces at the ends of lines or of the text.
	 */
	static String normalised(String text) {
		return String.join("\n", text.lines().map(String::stripTrailing).toList()).strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
