package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.system.EditConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft decision table: read whole in one query, or one row at a time by an editor. A
 * row is only ever saved when {@link RuleSetCompiler#validate} finds nothing wrong with
 * it against the draft content, so an invalid rule cannot be made.
 */
@Service
public class RuleDrafts {

	private final PathwayRuleRepository rules;

	private final ContentDrafts content;

	RuleDrafts(PathwayRuleRepository rules, ContentDrafts content) {
		this.rules = rules;
		this.content = content;
	}

	@Transactional(readOnly = true)
	public List<RuleDefinition> all() {
		return rules.findAllByOrderByPositionAsc().stream().map(PathwayRule::toDefinition).toList();
	}

	/** Every draft row in table order, with its version and last change. */
	@Transactional(readOnly = true)
	public List<DraftRule> rules() {
		return rules.findAllByOrderByPositionAsc().stream().map(PathwayRule::toDraft).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DraftRule> rule(String key) {
		return rules.findByKey(key).map(PathwayRule::toDraft);
	}

	/**
	 * What is wrong with the rule against the questionnaire and the draft content, and
	 * what of it would not fit its row; empty when it may be saved. Disabled rules are
	 * checked too: a rule that is switched on later must already be right.
	 */
	@Transactional(readOnly = true)
	public List<RuleProblem> problems(RuleDefinition rule) {
		List<RuleProblem> problems = new ArrayList<>(
				RuleSetCompiler.validate(rule, RuleTargets.of(content.snapshot())));
		problems.addAll(PathwayRule.overflow(rule));
		return problems;
	}

	/**
	 * Saves one row over the version the editor opened; its key and place stay.
	 * @throws NoSuchElementException when no rule has that key
	 * @throws InvalidRulesException when the rule is not valid: nothing is written
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}:
	 * nothing is written
	 */
	@Transactional
	public DraftRule saveRule(RuleDefinition rule, int expectedVersion, String by) {
		PathwayRule row = rules.findByKey(rule.key()).orElseThrow(() -> new NoSuchElementException(rule.key()));
		requireValid(rule);
		if (row.version() != expectedVersion) {
			throw new EditConflictException("rule " + rule.key());
		}
		row.apply(rule, row.position(), by);
		try {
			rules.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException("rule " + rule.key(), ex);
		}
		return row.toDraft();
	}

	/**
	 * Moves a rule one place up ({@code -1}) or down ({@code 1}) in the table: it swaps
	 * places with its neighbour. The order is the order in which a result lists the
	 * explanations, questions and safety-net lines the rules add.
	 * @return its place before and after, from 1; the same at either end of the table
	 * @throws NoSuchElementException when no rule has that key
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}
	 */
	@Transactional
	public Move moveRule(String key, int delta, int expectedVersion, String by) {
		List<PathwayRule> all = rules.findAllByOrderByPositionAsc();
		int index = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).key().equals(key)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NoSuchElementException(key);
		}
		PathwayRule row = all.get(index);
		if (row.version() != expectedVersion) {
			throw new EditConflictException("rule " + key);
		}
		int other = index + Integer.signum(delta);
		if (other < 0 || other >= all.size()) {
			return new Move(index + 1, index + 1);
		}
		PathwayRule neighbour = all.get(other);
		int mine = row.position();
		row.apply(row.toDefinition(), neighbour.position(), by);
		neighbour.apply(neighbour.toDefinition(), mine, by);
		try {
			rules.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException("rule " + key, ex);
		}
		return new Move(index + 1, other + 1);
	}

	/** A rule's place in the table before and after a move, from 1. */
	public record Move(int before, int after) {
	}

	/**
	 * Adds a rule at the end of the table.
	 * @throws InvalidRulesException when the rule is not valid or its key is taken:
	 * nothing is written
	 */
	@Transactional
	public DraftRule addRule(RuleDefinition rule, String by) {
		List<PathwayRule> all = rules.findAllByOrderByPositionAsc();
		List<RuleProblem> problems = problems(rule);
		if (all.stream().anyMatch(existing -> existing.key().equals(rule.key()))) {
			problems.add(RuleProblem.of(rule.key(), RuleProblem.Code.KEY_TAKEN));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRulesException(problems);
		}
		int position = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
		PathwayRule row = rules.save(new PathwayRule(rule, position, by));
		rules.flush();
		return row.toDraft();
	}

	private void requireValid(RuleDefinition rule) {
		List<RuleProblem> problems = problems(rule);
		if (!problems.isEmpty()) {
			throw new InvalidRulesException(problems);
		}
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return rules.count() == 0;
	}

	/**
	 * Makes the draft table equal to {@code definitions} in that order. Rows whose key is
	 * not in the list are disabled, not deleted, so their history stays.
	 */
	@Transactional
	public void replaceWith(List<RuleDefinition> definitions, String by) {
		Map<String, PathwayRule> existing = new HashMap<>();
		rules.findAllByOrderByPositionAsc().forEach(rule -> existing.put(rule.key(), rule));
		int position = 0;
		List<PathwayRule> added = new ArrayList<>();
		for (RuleDefinition definition : definitions) {
			PathwayRule row = existing.remove(definition.key());
			if (row == null) {
				added.add(new PathwayRule(definition, position, by));
			}
			else {
				row.apply(definition, position, by);
			}
			position++;
		}
		rules.saveAll(added); // one call for a new installation's 351 rules, not 351
		for (PathwayRule leftover : existing.values()) {
			RuleDefinition old = leftover.toDefinition();
			leftover.apply(new RuleDefinition(old.key(), old.kind(), old.when(), old.target(), old.weight(),
					old.reason(), old.sources(), false), position++, by);
		}
	}

}
