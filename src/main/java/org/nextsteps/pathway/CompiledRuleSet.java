package org.nextsteps.pathway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * An immutable, validated rule set ready for {@link Evaluator}: build it once per
 * published release with {@link RuleSetCompiler} and share it between threads.
 */
public final class CompiledRuleSet {

	private final Questionnaire questionnaire;

	private final List<RuleDefinition> definitions;

	/** Options sorted by stage, then slug: the index is the tie-break order. */
	final String[] slugs;

	final Stage[] stages;

	final CompiledRule[] rules;

	final String[] explanationKeys;

	final String[] questionKeys;

	final String[] safetyNetKeys;

	/**
	 * Option index of each disposition's urgent option, -1 when it has none or it is not
	 * in the content.
	 */
	final int[] urgentOption;

	private final Map<String, Integer> itemIndex;

	/** Per item: code to bit index. */
	private final Map<String, Integer>[] codeIndex;

	CompiledRuleSet(Questionnaire questionnaire, List<RuleDefinition> definitions, Map<String, Stage> optionStages,
			String[] slugs, CompiledRule[] rules, String[] explanationKeys, String[] questionKeys,
			String[] safetyNetKeys) {
		this.questionnaire = questionnaire;
		this.definitions = List.copyOf(definitions);
		this.slugs = slugs;
		this.stages = new Stage[slugs.length];
		for (int i = 0; i < slugs.length; i++) {
			stages[i] = optionStages.get(slugs[i]);
		}
		this.rules = rules;
		this.explanationKeys = explanationKeys;
		this.questionKeys = questionKeys;
		this.safetyNetKeys = safetyNetKeys;
		this.urgentOption = new int[Disposition.values().length];
		for (Disposition d : Disposition.values()) {
			urgentOption[d.ordinal()] = d.urgentOption().map(slug -> List.of(slugs).indexOf(slug)).orElse(-1);
		}
		List<Item> items = questionnaire.items();
		this.itemIndex = new HashMap<>();
		@SuppressWarnings("unchecked")
		Map<String, Integer>[] codes = new Map[items.size()];
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			itemIndex.put(item.linkId(), i);
			codes[i] = new HashMap<>();
			for (int c = 0; c < item.codes().size(); c++) {
				codes[i].put(item.codes().get(c), c);
			}
		}
		this.codeIndex = codes;
	}

	public Questionnaire questionnaire() {
		return questionnaire;
	}

	/** The definitions this set was compiled from, disabled ones included. */
	public List<RuleDefinition> definitions() {
		return definitions;
	}

	int itemCount() {
		return codeIndex.length;
	}

	/**
	 * Encodes answers for {@link Condition#test}; items and codes this questionnaire does
	 * not know are ignored.
	 */
	void encode(Answers answers, long[] selected, int[] numbers) {
		for (Map.Entry<String, Answer> entry : answers.values().entrySet()) {
			Integer item = itemIndex.get(entry.getKey());
			if (item == null) {
				continue;
			}
			Answer answer = entry.getValue();
			if (answer instanceof Answer.Whole whole) {
				selected[item] = 1;
				numbers[item] = whole.value();
			}
			else if (answer instanceof Answer.Single single) {
				selected[item] = bit(item, single.code());
			}
			else if (answer instanceof Answer.Multi multi) {
				long mask = 0;
				for (String code : multi.codes()) {
					mask |= bit(item, code);
				}
				selected[item] = mask;
			}
		}
	}

	private long bit(int item, String code) {
		Integer bit = codeIndex[item].get(code);
		return bit == null ? 0 : 1L << bit;
	}

}
