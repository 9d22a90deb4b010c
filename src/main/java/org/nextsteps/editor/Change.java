package org.nextsteps.editor;

import java.util.List;

import org.nextsteps.audit.FieldChange;

/**
 * One thing that differs between two versions of the guide (draft and release, or two
 * releases).
 *
 * @param subject {@code option}, {@code rule}, {@code explanation} or {@code question}
 * @param key its slug or key
 * @param title what people call it (an option's title in the newer version)
 * @param kind added, removed or changed
 * @param fields the fields that differ
 */
record Change(String subject, String key, String title, Kind kind, List<FieldChange> fields) {

	enum Kind {

		ADDED, REMOVED, CHANGED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	Change {
		fields = List.copyOf(fields);
	}

	/**
	 * The fields as audit entries name them:
	 * {@code option radiofrequency-ablation: title}.
	 */
	List<FieldChange> qualifiedFields() {
		return fields.stream()
			.map(f -> new FieldChange(subject + " " + key + ": " + f.field(), f.before(), f.after()))
			.toList();
	}

}
