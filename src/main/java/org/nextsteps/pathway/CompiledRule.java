package org.nextsteps.pathway;

import org.jspecify.annotations.Nullable;

/**
 * A rule ready to evaluate. {@code targets} holds option indices (a stage target is
 * expanded to its options), the disposition ordinal, or the explanation/question key
 * index, by kind.
 */
record CompiledRule(String key, RuleKind kind, Condition[] when, int[] targets, int weight, @Nullable String reason) {

	boolean holds(long[] selected, int[] numbers) {
		for (Condition condition : when) {
			if (!condition.test(selected, numbers)) {
				return false;
			}
		}
		return true;
	}

}
