package org.nextsteps.editor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form that can be merged ({@link Merge}): its fields by name, as {@link Fields}
 * compares them, the values it was opened with, and the editor's choices after a
 * conflict.
 */
abstract class MergeableForm {

	private Map<String, String> base = new LinkedHashMap<>();

	private Map<String, String> keep = new LinkedHashMap<>();

	/** A field's value as typed, as {@link Fields} compares it. */
	public abstract String value(String field);

	/** Sets a field from its value as {@link Fields} has it. */
	public abstract void set(String field, String value);

	public abstract void setVersion(int version);

	/** The fields as the editor opened them, by name; sent back with the form. */
	public Map<String, String> getBase() {
		return base;
	}

	public void setBase(Map<String, String> base) {
		this.base = base == null ? new LinkedHashMap<>() : base;
	}

	/**
	 * For each conflicting field, {@link Merge#KEEP_THEIRS} when the editor keeps the
	 * colleague's value.
	 */
	public Map<String, String> getKeep() {
		return keep;
	}

	public void setKeep(Map<String, String> keep) {
		this.keep = keep == null ? new LinkedHashMap<>() : keep;
	}

}
