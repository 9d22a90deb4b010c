package org.nextsteps.editor;

import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleDefinition;
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
		DraftRule before = drafts.rule(rule.key()).orElseThrow();
		List<FieldChange> changes = Fields.changes(Fields.RULE, before.definition(), rule);
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
	DraftRule setEnabled(String key, boolean enabled, int expectedVersion, String by) {
		RuleDefinition r = drafts.rule(key).orElseThrow().definition();
		return save(new RuleDefinition(r.key(), r.kind(), r.when(), r.target(), r.weight(), r.reason(), r.sources(),
				enabled), expectedVersion, by);
	}

}
