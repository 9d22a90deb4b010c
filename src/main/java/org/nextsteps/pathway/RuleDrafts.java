package org.nextsteps.pathway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The draft decision table as a whole, read in one query. */
@Service
public class RuleDrafts {

	private final PathwayRuleRepository rules;

	RuleDrafts(PathwayRuleRepository rules) {
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public List<RuleDefinition> all() {
		return rules.findAllByOrderByPositionAsc().stream().map(PathwayRule::toDefinition).toList();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return rules.count() == 0;
	}

	/**
	 * Makes the draft table equal to {@code definitions} in that order. Rows whose key is not in the list are
	 * disabled, not deleted, so their history stays.
	 */
	@Transactional
	public void replaceWith(List<RuleDefinition> definitions, String by) {
		Map<String, PathwayRule> existing = new HashMap<>();
		rules.findAllByOrderByPositionAsc().forEach(rule -> existing.put(rule.key(), rule));
		int position = 0;
		for (RuleDefinition definition : definitions) {
			PathwayRule row = existing.remove(definition.key());
			if (row == null) {
				rules.save(new PathwayRule(definition, position, by));
			}
			else {
				row.apply(definition, position, by);
			}
			position++;
		}
		for (PathwayRule leftover : existing.values()) {
			RuleDefinition old = leftover.toDefinition();
			leftover.apply(new RuleDefinition(old.key(), old.kind(), old.when(), old.target(), old.weight(),
					old.reason(), old.sources(), false), position++, by);
		}
	}

}
