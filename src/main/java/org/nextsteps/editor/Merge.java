package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A three-way merge of a form that was saved over (issue 16): each field as the editor
 * opened it (the form's {@code base}), as the colleague saved it (theirs) and as the
 * editor sent it (mine). A field only one of them changed takes that change; a field both
 * changed differently is a conflict, and the editor chooses. Nothing a colleague saved is
 * reverted by a field the editor never touched.
 */
final class Merge {

	/** What happened to one field. */
	enum Outcome {

		/** Only the colleague changed it: their value is kept. */
		THEIRS,
		/** Only the editor changed it: theirs is replaced. */
		MINE,
		/** Both changed it, differently: the editor chooses. */
		BOTH

	}

	/** The value sent to keep a colleague's version of a conflicting field. */
	static final String KEEP_THEIRS = "theirs";

	/**
	 * One field that differs between the colleague's version and the editor's.
	 *
	 * @param original as the editor opened it; null when the form did not say
	 */
	record FieldMerge(String field, @Nullable String original, String theirs, String mine, Outcome outcome) {

		public boolean isConflict() {
			return outcome == Outcome.BOTH;
		}

	}

	private Merge() {
	}

	/**
	 * Merges {@code mine} into {@code theirs} in place: fields the editor did not touch
	 * take theirs; the form's base becomes theirs and its version {@code theirVersion},
	 * so that saving it again saves the merge.
	 * @return every field in which the two versions differ, conflicts among them
	 */
	static List<FieldMerge> into(Map<String, String> theirs, int theirVersion, MergeableForm mine) {
		Map<String, String> base = mine.getBase();
		List<FieldMerge> merges = new ArrayList<>();
		for (Map.Entry<String, String> field : theirs.entrySet()) {
			String name = field.getKey();
			String their = field.getValue();
			String my = mine.value(name);
			if (Objects.equals(my, their)) {
				continue;
			}
			String original = base.containsKey(name) ? Fields.normalised(base.get(name)) : null;
			if (original != null && original.equals(my)) {
				mine.set(name, their);
				merges.add(new FieldMerge(name, original, their, my, Outcome.THEIRS));
			}
			else if (original != null && original.equals(their)) {
				merges.add(new FieldMerge(name, original, their, my, Outcome.MINE));
			}
			else {
				merges.add(new FieldMerge(name, original, their, my, Outcome.BOTH));
			}
		}
		mine.setBase(new LinkedHashMap<>(theirs));
		mine.getKeep().clear();
		mine.setVersion(theirVersion);
		return merges;
	}

	/**
	 * Takes the colleague's value, from the base, for every field the editor chose to
	 * keep theirs of; before the form is checked.
	 */
	static void applyChoices(MergeableForm form) {
		form.getKeep().forEach((field, choice) -> {
			if (KEEP_THEIRS.equals(choice) && form.getBase().containsKey(field)) {
				form.set(field, form.getBase().get(field));
			}
		});
	}

}
