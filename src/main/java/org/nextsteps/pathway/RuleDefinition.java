package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One row of the decision table as stored (JPA entity, release snapshot,
 * seed/rules.json). Plain data: it may be invalid until {@link RuleSetCompiler#validate}
 * says otherwise; nothing here is ever evaluated as an expression.
 *
 * @param key stable unique kebab-case id
 * @param kind what the rule does
 * @param when conditions that must all hold; empty means always
 * @param target option slug, {@code stage:<code>}, disposition code, explanation,
 * question or safety-net key, by kind ({@link RuleTarget})
 * @param weight score added (SUGGEST, FIRST, BOOST, PREFER), -100..100
 * @param reason why, in the patient's words; required for SUGGEST, FIRST and DISPOSITION
 * @param sources seed document file names and/or guideline names; at least one
 * @param enabled disabled rules are kept but not compiled
 */
public record RuleDefinition(@Nullable String key, @Nullable RuleKind kind, List<@Nullable ConditionDefinition> when,
		@Nullable String target, int weight, @Nullable String reason, List<@Nullable String> sources, boolean enabled) {

	public RuleDefinition {
		when = copy(when);
		sources = copy(sources);
	}

	/**
	 * The target read for the rule's kind; empty when the kind is missing or the text
	 * cannot be a target of that kind.
	 */
	public Optional<RuleTarget> ruleTarget() {
		return kind == null ? Optional.empty() : RuleTarget.parse(kind, target);
	}

	/**
	 * The same rule with its reason (what a patient reads) passed through {@code t}
	 * (issue 14: its Spanish).
	 */
	public RuleDefinition translated(java.util.function.UnaryOperator<String> t) {
		return reason == null ? this
				: new RuleDefinition(key, kind, when, target, weight, t.apply(reason), sources, enabled);
	}

	private static <T> List<T> copy(@Nullable List<T> list) {
		return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

}
