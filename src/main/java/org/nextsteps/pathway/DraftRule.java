package org.nextsteps.pathway;

import java.time.Instant;

/**
 * One row of the draft decision table with its place, the version to save against, and
 * who changed it last.
 */
public record DraftRule(RuleDefinition definition, int position, int version, Instant updatedAt, String updatedBy) {

	public String key() {
		return definition.key();
	}

}
