package org.nextsteps.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nextsteps.pathway.ConditionOperator;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;

/**
 * The questionnaire as the editor offers it: each item with its answer codes and the
 * operators that apply to it, so the condition builder and the answers form can only
 * offer what the rules and the validator accept. Labels are the patient's own texts
 * (messages/questionnaire).
 */
@Component
class QuestionnaireView {

	record ItemView(Item item, List<ConditionOperator> operators) {

		public String linkId() {
			return item.linkId();
		}

		public boolean integer() {
			return item.type() == ItemType.INTEGER;
		}

		public boolean multi() {
			return item.type() == ItemType.MULTI;
		}

	}

	private final Questionnaire questionnaire = Questionnaire.standard();

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	private final List<ItemView> items = questionnaire.items()
		.stream()
		.map(item -> new ItemView(item,
				Arrays.stream(ConditionOperator.values()).filter(op -> op.appliesTo(item.type())).toList()))
		.toList();

	private final Map<String, ItemView> byLinkId = items.stream()
		.collect(Collectors.toMap(ItemView::linkId, Function.identity()));

	Questionnaire questionnaire() {
		return questionnaire;
	}

	/**
	 * The patient's own validator: previews and scenarios accept exactly what the
	 * questionnaire accepts.
	 */
	AnswerValidator validator() {
		return validator;
	}

	List<ItemView> items() {
		return items;
	}

	Optional<ItemView> item(String linkId) {
		return Optional.ofNullable(linkId == null ? null : byLinkId.get(linkId));
	}

	/** The items of one wizard step, for the answers form. */
	Map<Integer, List<ItemView>> bySteps() {
		return items.stream()
			.collect(Collectors.groupingBy(view -> view.item().step(), java.util.TreeMap::new, Collectors.toList()));
	}

}
