package org.nextsteps.editor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every form that can be merged carries besides its fields ({@link Merge}): the
 * values it was opened with, and the editor's choices after a conflict.
 */
abstract class MergeableForm implements Merge.Mergeable {

	private Map<String, String> base = new LinkedHashMap<>();

	private Map<String, String> keep = new LinkedHashMap<>();

	@Override
	public Map<String, String> getBase() {
		return base;
	}

	@Override
	public void setBase(Map<String, String> base) {
		this.base = base == null ? new LinkedHashMap<>() : base;
	}

	@Override
	public Map<String, String> getKeep() {
		return keep;
	}

	public void setKeep(Map<String, String> keep) {
		this.keep = keep == null ? new LinkedHashMap<>() : keep;
	}

}
