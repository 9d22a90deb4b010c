package org.nextsteps.editor;

import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleKind;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves draft rules with their audit entries, in one transaction. {@link RuleDrafts}
 * refuses invalid rules.
 */
@Service
class RuleEditing {

	private final RuleDrafts drafts;

	private final AuditLog audit;

	RuleEditing(RuleDrafts drafts, AuditLog audit) {
		this.drafts = drafts;
		this.audit = audit;
	}

	/**
	 * @throws org.nextsteps.pathway.InvalidRulesException when the rule is not valid
	 * @throws org.nextsteps.system.EditConflictException when someone saved it since
	 * {@code expectedVersion}
	 */
	@Transactional
	DraftRule save(RuleDefinition rule, int expectedVersion, String by) {
		return save(rule, expectedVersion, by, "");
	}

	/**
	 * The same, with the reason for switching off a rule that sets a disposition, kept in
	 * the audit entry.
	 * @throws ReasonRequiredException when such a rule is switched off without a reason
	 */
	@Transactional
	DraftRule save(RuleDefinition rule, int expectedVersion, String by, String offReason) {
		DraftRule before = drafts.rule(rule.key()).orElseThrow();
		List<FieldChange> changes = new java.util.ArrayList<>(Fields.changes(Fields.RULE, before.definition(), rule));
		if (switchesOffADisposition(before.definition(), rule)) {
			if (offReason == null || offReason.isBlank() || offReason.strip().length() > MAX_REASON) {
				throw new ReasonRequiredException();
			}
			changes.add(new FieldChange("offReason", null, offReason.strip()));
		}
		DraftRule saved = drafts.saveRule(rule, expectedVersion, by);
		if (!changes.isEmpty()) {
			audit.record(by, rule.enabled() == before.definition().enabled() ? "rule.update"
					: rule.enabled() ? "rule.enable" : "rule.disable", "rule", rule.key(), changes);
		}
		return saved;
	}

	@Transactional
	DraftRule add(RuleDefinition rule, String by) {
		DraftRule saved = drafts.addRule(rule, by);
		audit.record(by, "rule.create", "rule", rule.key(), Fields.changes(Fields.RULE, null, rule));
		return saved;
	}

	/** Switches a rule on or off, as it stands now. */
	@Transactional
	DraftRule setEnabled(String key, boolean enabled, int expectedVersion, String by, String offReason) {
		RuleDefinition r = drafts.rule(key).orElseThrow().definition();
		return save(new RuleDefinition(r.key(), r.kind(), r.when(), r.target(), r.weight(), r.reason(), r.sources(),
				enabled), expectedVersion, by, offReason);
	}

	/** The longest reason for switching off a disposition rule. */
	static final int MAX_REASON = 400;

	/**
	 * Whether this save switches off a rule that sets a disposition (emergency, same-day
	 * or soon): it needs a confirmation with a reason (issue 16).
	 */
	static boolean switchesOffADisposition(RuleDefinition before, RuleDefinition after) {
		return before.kind() == RuleKind.DISPOSITION && before.enabled() && !after.enabled();
	}

	/**
	 * A rule that sets a disposition was switched off without a reason: nothing saved.
	 */
	static class ReasonRequiredException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ReasonRequiredException() {
			super("A reason is needed to switch off a disposition rule", null, false, false);
		}

	}

	/**
	 * Moves a rule one place up or down, audited with its place before and after.
	 * @throws org.nextsteps.system.EditConflictException when someone saved it since
	 * {@code expectedVersion}
	 */
	@Transactional
	int move(String key, int delta, int expectedVersion, String by) {
		RuleDrafts.Move move = drafts.moveRule(key, delta, expectedVersion, by);
		if (move.after() != move.before()) {
			audit.record(by, "rule.move", "rule", key,
					List.of(new FieldChange("position", String.valueOf(move.before()), String.valueOf(move.after()))));
		}
		return move.after();
	}

}
