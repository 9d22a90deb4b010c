package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionField;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;

/**
 * Form fields as a browser would post them, and putting drafts and releases back as they
 * were after a test.
 */
final class EditorForms {

	private EditorForms() {
	}

	static List<String> option(OptionForm f) {
		List<String> fields = new ArrayList<>(List.of("slug", f.getSlug(), "stage", f.getStage(), "evidence",
				f.getEvidence(), "invasiveness", f.getInvasiveness(), "lastReviewed", f.getLastReviewed(), "version",
				String.valueOf(f.getVersion()), "_prioritiesGood", "on", "_prioritiesPoor", "on"));
		OptionField.typed().forEach(field -> fields.addAll(List.of(field.property(), f.text(field))));
		f.getPrioritiesGood().forEach(p -> fields.addAll(List.of("prioritiesGood", p)));
		f.getPrioritiesPoor().forEach(p -> fields.addAll(List.of("prioritiesPoor", p)));
		merge(fields, f);
		return fields;
	}

	/** The values the form was opened with, and the editor's choices after a conflict. */
	private static void merge(List<String> fields, MergeableForm f) {
		f.getBase().forEach((name, value) -> fields.addAll(List.of("base[" + name + "]", value)));
		f.getKeep().forEach((name, value) -> fields.addAll(List.of("keep[" + name + "]", value)));
	}

	static List<String> text(TextForm f) {
		List<String> fields = new ArrayList<>(List.of("key", f.getKey(), "title", f.getTitle(), "body", f.getBody(),
				"sources", f.getSources(), "level", f.getLevel(), "reason", f.getReason(), "version",
				String.valueOf(f.getVersion()), "_always", "on"));
		if (f.isAlways()) {
			fields.addAll(List.of("always", "true"));
		}
		merge(fields, f);
		return fields;
	}

	static List<String> rule(RuleForm f) {
		List<String> fields = new ArrayList<>(List.of("key", f.getKey(), "kind", f.getKind(), "target", f.getTarget(),
				"weight", f.getWeight(), "reason", f.getReason(), "sources", f.getSources(), "version",
				String.valueOf(f.getVersion()), "_enabled", "on"));
		if (f.isEnabled()) {
			fields.addAll(List.of("enabled", "true"));
		}
		for (int i = 0; i < f.getConditions().size(); i++) {
			RuleForm.ConditionForm c = f.getConditions().get(i);
			String prefix = "conditions[" + i + "].";
			fields.addAll(List.of(prefix + "linkId", c.getLinkId(), prefix + "operator", c.getOperator(),
					prefix + "number", c.getNumber()));
			c.getValues().forEach(v -> fields.addAll(List.of(prefix + "values", v)));
		}
		merge(fields, f);
		return fields;
	}

	static String[] array(List<String> fields) {
		return fields.toArray(String[]::new);
	}

	/**
	 * The drafts and the live release as they are now; {@link Snapshot#restore()} puts
	 * them back.
	 */
	record Snapshot(ContentDrafts content, RuleDrafts rules, Releases releases, ContentSnapshot savedContent,
			List<RuleDefinition> savedRules, long publishedId) {

		static Snapshot take(ContentDrafts content, RuleDrafts rules, Releases releases) {
			return new Snapshot(content, rules, releases, content.snapshot(), rules.all(), releases.current().id());
		}

		void restore() {
			content.replaceWith(savedContent, "tester");
			rules.replaceWith(savedRules, "tester");
			if (releases.current().id() != publishedId) {
				TestReleases.publishDraft(releases, "tester", "restored after a test");
			}
		}

	}

}
