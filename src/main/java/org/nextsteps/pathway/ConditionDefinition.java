package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One condition of a rule as written by an editor: an item, an operator code
 * ({@link ConditionOperator}) and values (answer codes, or one whole number for
 * {@code at_least}/{@code at_most}). Plain data: it may be invalid until
 * {@link RuleSetCompiler#validate} says otherwise.
 */
public record ConditionDefinition(@Nullable String linkId, @Nullable String operator, List<@Nullable String> values) {

	public ConditionDefinition {
		values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
	}

	public static ConditionDefinition of(String linkId, String operator, String... values) {
		return new ConditionDefinition(linkId, operator, List.of(values));
	}

}
