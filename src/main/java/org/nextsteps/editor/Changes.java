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
		return changes;
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
