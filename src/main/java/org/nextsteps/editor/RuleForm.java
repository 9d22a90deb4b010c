package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import org.nextsteps.pathway.ConditionDefinition;
import org.nextsteps.pathway.ConditionOperator;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleKind;

/**
 * A decision-table row as the condition builder sends it: each condition is an item, an
 * operator and the codes ticked (or one number). Conditions whose item is not chosen are
 * left out; everything else is checked by {@code RuleSetCompiler} before anything is
 * saved.
 */
public class RuleForm extends MergeableForm {

	/** A whole number as typed: digits only, spaces around it allowed. */
	static final String WHOLE_NUMBER = "\\p{javaWhitespace}*[-+]?[0-9]{1,4}\\p{javaWhitespace}*";

	private String key = "";

	private String kind = RuleKind.SUGGEST.code();

	private String target = "";

	@Pattern(regexp = WHOLE_NUMBER, message = "{editor.rule.error.weight}")
	private String weight = "10";

	private String reason = "";

	private String sources = "";

	private boolean enabled = true;

	private int version;

	private List<ConditionForm> conditions = new ArrayList<>();

	static RuleForm of(DraftRule draft) {
		RuleDefinition rule = draft.definition();
		RuleForm form = new RuleForm();
		form.key = rule.key();
		form.kind = rule.kind().code();
		form.target = rule.target();
		form.weight = String.valueOf(rule.weight());
		form.reason = rule.reason() == null ? "" : rule.reason();
		form.sources = Fields.lines(rule.sources());
		form.enabled = rule.enabled();
		form.version = draft.version();
		for (ConditionDefinition c : rule.when()) {
			ConditionForm condition = new ConditionForm();
			condition.setLinkId(c.linkId());
			condition.setOperator(c.operator());
			if (ConditionOperator.AT_LEAST.code().equals(c.operator())
					|| ConditionOperator.AT_MOST.code().equals(c.operator())) {
				condition.setNumber(c.values().isEmpty() ? "" : c.values().get(0));
			}
			else {
				condition.setValues(new ArrayList<>(c.values()));
			}
			form.conditions.add(condition);
		}
		form.setBase(Fields.values(Fields.RULE, rule));
		return form;
	}

	/** A field as {@link Fields#RULE} has it; only once the form's checks passed. */
	@Override
	public String value(String field) {
		RuleDefinition rule = toDefinition();
		return Fields.RULE.stream()
			.filter(f -> f.name().equals(field))
			.findFirst()
			.map(f -> Fields.normalised(f, f.text().apply(rule)))
			.orElseThrow(() -> new IllegalArgumentException(field));
	}

	/**
	 * Sets a field from its text as {@link Fields#RULE} has it (conditions one a line).
	 */
	@Override
	public void set(String field, String value) {
		switch (field) {
			case "kind" -> kind = value;
			case "target" -> target = value;
			case "weight" -> weight = value;
			case "reason" -> reason = value;
			case "sources" -> sources = value;
			case "enabled" -> enabled = Boolean.parseBoolean(value);
			case "when" -> conditions = conditionsOf(value);
			default -> throw new IllegalArgumentException(field);
		}
	}

	/**
	 * Conditions from their lines, as {@link Fields#conditions} writes them:
	 * {@code linkId operator value, value}.
	 */
	private static List<ConditionForm> conditionsOf(String lines) {
		List<ConditionForm> parsed = new ArrayList<>();
		for (String line : OptionForm.list(lines)) {
			String[] parts = line.split(" ", 3);
			ConditionForm c = new ConditionForm();
			c.setLinkId(parts[0]);
			c.setOperator(parts.length > 1 ? parts[1] : "");
			List<String> values = parts.length > 2
					? java.util.Arrays.stream(parts[2].split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList()
					: List.of();
			if (ConditionOperator.AT_LEAST.code().equals(c.getOperator())
					|| ConditionOperator.AT_MOST.code().equals(c.getOperator())) {
				c.setNumber(values.isEmpty() ? "" : values.get(0));
			}
			else {
				c.setValues(new ArrayList<>(values));
			}
			parsed.add(c);
		}
		return parsed;
	}

	/** The rule to check and save, once the form's own constraints hold. */
	RuleDefinition toDefinition() {
		List<ConditionDefinition> when = new ArrayList<>();
		for (ConditionForm c : usedConditions()) {
			Optional<ConditionOperator> op = ConditionOperator.byCode(c.getOperator());
			List<String> values;
			if (op.isPresent() && !op.get().takesValues()) {
				values = List.of();
			}
			else if (op.isPresent()
					&& (op.get() == ConditionOperator.AT_LEAST || op.get() == ConditionOperator.AT_MOST)) {
				values = c.getNumber().isBlank() ? List.of() : List.of(c.getNumber().strip());
			}
			else {
				values = c.getValues();
			}
			when.add(new ConditionDefinition(c.getLinkId(), c.getOperator(), values));
		}
		return new RuleDefinition(key.strip(), RuleKind.byCode(kind).orElse(null), when, target.strip(),
				Integer.parseInt(weight.strip()), reason.isBlank() ? null : reason.strip(), OptionForm.list(sources),
				enabled);
	}

	/**
	 * The conditions with a question chosen, with their index in the form (errors point
	 * at them).
	 */
	List<ConditionForm> usedConditions() {
		return conditions.stream().filter(c -> !c.getLinkId().isBlank()).toList();
	}

	int formIndexOf(int usedIndex) {
		return conditions.indexOf(usedConditions().get(usedIndex));
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key == null ? "" : key.strip();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target == null ? "" : target;
	}

	public String getWeight() {
		return weight;
	}

	public void setWeight(String weight) {
		this.weight = weight == null ? "" : weight;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}

	public String getSources() {
		return sources;
	}

	public void setSources(String sources) {
		this.sources = sources == null ? "" : sources;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getVersion() {
		return version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	public List<ConditionForm> getConditions() {
		return conditions;
	}

	public void setConditions(List<ConditionForm> conditions) {
		this.conditions = conditions == null ? new ArrayList<>() : conditions;
	}

	/** One condition row. */
	public static class ConditionForm {

		private String linkId = "";

		private String operator = "";

		private List<String> values = new ArrayList<>();

		private String number = "";

		public String getLinkId() {
			return linkId;
		}

		public void setLinkId(String linkId) {
			this.linkId = linkId == null ? "" : linkId;
		}

		public String getOperator() {
			return operator;
		}

		public void setOperator(String operator) {
			this.operator = operator == null ? "" : operator;
		}

		public List<String> getValues() {
			return values;
		}

		public void setValues(List<String> values) {
			this.values = values == null ? new ArrayList<>() : new ArrayList<>(values);
		}

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number == null ? "" : number;
		}

	}

}
