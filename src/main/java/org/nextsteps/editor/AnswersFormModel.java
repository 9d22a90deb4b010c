package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the answers form needs (items by step, values, errors in words), shared by the
 * preview and scenario pages.
 */
@Component
class AnswersFormModel {

	/** An answer error in words, with the item it is about. */
	record AnswerProblem(String linkId, String message) {
	}

	private final QuestionnaireView questionnaire;

	private final MessageSource messages;

	AnswersFormModel(QuestionnaireView questionnaire, MessageSource messages) {
		this.questionnaire = questionnaire;
		this.messages = messages;
	}

	void add(Model model, Map<String, List<String>> values, ValidationResult validation) {
		model.addAttribute("steps", questionnaire.bySteps());
		model.addAttribute("answerValues", values);
		model.addAttribute("answerProblems", validation == null ? List.of() : problems(validation));
	}

	List<AnswerProblem> problems(ValidationResult validation) {
		Locale locale = LocaleContextHolder.getLocale();
		List<AnswerProblem> problems = new ArrayList<>();
		for (AnswerError error : validation.errors()) {
			problems.add(new AnswerProblem(error.linkId(), messages.getMessage(error, locale)));
		}
		return problems;
	}

}
