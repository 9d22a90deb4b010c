package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;
import org.nextsteps.content.StringListConverter;

/**
 * The editable draft of one decision-table row. Published copies live in releases as
 * {@link RuleDefinition}.
 */
@Entity
@Table(name = "pathway_rule")
class PathwayRule extends EditableRecord {

	/**
	 * The columns that hold lists as JSON (V2__pathway_rules.sql), where quotes and
	 * control characters grow.
	 */
	static final int CONDITIONS_LENGTH = 8000;

	static final int SOURCES_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rule_key", nullable = false, length = 100)
	private String key;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RuleKind kind;

	@Convert(converter = ConditionListConverter.class)
	@Column(nullable = false, length = CONDITIONS_LENGTH)
	private List<ConditionDefinition> conditions;

	@Column(nullable = false, length = 100)
	private String target;

	@Column(nullable = false)
	private int weight;

	@Column(length = 2000)
	private String reason;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = SOURCES_LENGTH)
	private List<String> sources;

	@Column(nullable = false)
	private boolean enabled;

	protected PathwayRule() {
	}

	/**
	 * The parts of the rule that would not fit this table: such a rule is refused, never
	 * cut short.
	 */
	static List<RuleProblem> overflow(RuleDefinition rule) {
		List<RuleProblem> problems = new ArrayList<>();
		if (new ConditionListConverter().convertToDatabaseColumn(rule.when()).length() > CONDITIONS_LENGTH) {
			problems.add(RuleProblem.of(rule.key(), RuleProblem.Code.CONDITIONS_LONG));
		}
		if (new StringListConverter().convertToDatabaseColumn(rule.sources()).length() > SOURCES_LENGTH) {
			problems.add(RuleProblem.of(rule.key(), RuleProblem.Code.SOURCES_LONG));
		}
		return problems;
	}

	PathwayRule(RuleDefinition rule, int position, String by) {
		this.key = rule.key();
		copy(rule, position);
		touch(by);
	}

	/**
	 * Copies the rule into this row; a row that already says the same keeps its version
	 * and last editor.
	 */
	void apply(RuleDefinition rule, int position, String by) {
		if (this.position == position && toDefinition().equals(rule)) {
			return;
		}
		copy(rule, position);
		touch(by);
	}

	private void copy(RuleDefinition rule, int position) {
		this.position = position;
		this.kind = rule.kind();
		this.conditions = List.copyOf(rule.when());
		this.target = rule.target();
		this.weight = rule.weight();
		this.reason = rule.reason();
		this.sources = List.copyOf(rule.sources());
		this.enabled = rule.enabled();
	}

	RuleDefinition toDefinition() {
		return new RuleDefinition(key, kind, conditions, target, weight, reason, sources, enabled);
	}

	String key() {
		return key;
	}

	int position() {
		return position;
	}

	DraftRule toDraft() {
		return new DraftRule(toDefinition(), position, version(), updatedAt(), updatedBy());
	}

}
