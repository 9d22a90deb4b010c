package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.release.PublishedRelease;

/**
 * What differs between two versions of the guide, field by field: the dashboard, release
 * diffs and roll-backs.
 */
final class Changes {

	/** All the content and rules of one version. */
	record Version(ContentSnapshot content, List<RuleDefinition> rules) {

		static Version of(PublishedRelease release) {
			return new Version(release.content(), release.rules().definitions());
		}

	}

	private Changes() {
	}

	static List<Change> between(Version before, Version after) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "option", before.content().options(), after.content().options(), OptionContent::slug,
				OptionContent::title, Fields.OPTION);
		compare(changes, "rule", before.rules(), after.rules(), RuleDefinition::key, RuleDefinition::key, Fields.RULE);
		compare(changes, "explanation", before.content().explanations(), after.content().explanations(),
				Explanation::key, Explanation::title, Fields.EXPLANATION);
		compare(changes, "question", before.content().questions(), after.content().questions(), DoctorQuestion::key,
				DoctorQuestion::key, Fields.QUESTION);
		compare(changes, "safety", before.content().safetyNet(), after.content().safetyNet(), SafetyNetLine::key,
				SafetyNetLine::text, Fields.SAFETY);
		compare(changes, "about", before.content().about(), after.content().about(),
				org.nextsteps.content.AboutFact::key, org.nextsteps.content.AboutFact::key, Fields.ABOUT);
		order(changes, before.rules(), after.rules());
		spanish(changes, before, after);
		return changes;
	}

	/**
	 * The Spanish of the newer version's patient texts where it is new or differs (issue
	 * 14): a change to review like any other, named by the hash of its English.
	 */
	private static void spanish(List<Change> changes, Version before, Version after) {
		for (String english : SpanishTexts.uses(after.content(), after.rules()).keySet()) {
			String was = before.content().spanish().get(english);
			String now = after.content().spanish().get(english);
			if (now != null && !now.equals(was)) {
				String title = english.length() > 80 ? english.substring(0, 79) + "\u2026" : english;
				changes.add(new Change("translation", org.nextsteps.content.DraftTranslation.hash(english), title,
						was == null ? Change.Kind.ADDED : Change.Kind.CHANGED,
						List.of(new FieldChange("spanish", was, now))));
			}
		}
	}

	/**
	 * The rules kept in both versions, when they stand in another order: the order in
	 * which a result lists what they add.
	 */
	private static void order(List<Change> changes, List<RuleDefinition> before, List<RuleDefinition> after) {
		java.util.Set<String> kept = new java.util.HashSet<>();
		after.forEach(rule -> kept.add(rule.key()));
		List<String> old = before.stream().map(RuleDefinition::key).filter(kept::contains).toList();
		java.util.Set<String> was = new java.util.HashSet<>(old);
		List<String> now = after.stream().map(RuleDefinition::key).filter(was::contains).toList();
		if (!old.equals(now)) {
			changes.add(new Change("order", "rules", "rules", Change.Kind.CHANGED,
					List.of(new FieldChange("rules", String.join("\n", old), String.join("\n", now)))));
		}
	}

	private static <T> void compare(List<Change> changes, String subject, List<T> before, List<T> after,
			Function<T, String> key, Function<T, String> title, List<Fields.Field<T>> fields) {
		Map<String, T> old = new LinkedHashMap<>();
		before.forEach(item -> old.put(key.apply(item), item));
		for (T item : after) {
			T previous = old.remove(key.apply(item));
			List<FieldChange> diff = Fields.changes(fields, previous, item);
			if (previous == null) {
				changes.add(new Change(subject, key.apply(item), title.apply(item), Change.Kind.ADDED, diff));
			}
			else if (!diff.isEmpty()) {
				changes.add(new Change(subject, key.apply(item), title.apply(item), Change.Kind.CHANGED, diff));
			}
		}
		old.values()
			.forEach(item -> changes.add(new Change(subject, key.apply(item), title.apply(item), Change.Kind.REMOVED,
					Fields.changes(fields, item, null))));
	}

}
