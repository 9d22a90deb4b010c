package org.nextsteps.patient;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.EnableWhen;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.system.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The JSON shapes of contract/api.md, built from the same service the pages use. */
@Component
public class AssessmentApi {

	private final Assessments assessments;

	private final SharedResults shared;

	private final MessageSource messages;

	/**
	 * The questionnaire with its labels never changes while the app runs: built once per
	 * language.
	 */
	private final Map<Language, QuestionnaireJson> questionnaire = new EnumMap<>(Language.class);

	AssessmentApi(Assessments assessments, SharedResults shared, MessageSource messages) {
		this.assessments = assessments;
		this.shared = shared;
		this.messages = messages;
		for (Language language : Language.values()) {
			this.questionnaire.put(language,
					new QuestionnaireJson(assessments.questionnaire()
						.items()
						.stream()
						.map(item -> itemJson(item, language.locale()))
						.toList()));
		}
	}

	public ValidationResult validate(Map<String, ?> raw) {
		return assessments.validate(raw);
	}

	/**
	 * The result of valid answers, in the language of the request; its share link opens
	 * in that language (issue 14).
	 */
	public AssessmentJson assess(Answers answers, String baseUrl) {
		Assessments.Result result = assessments.assess(answers);
		List<OptionJson> options = result.suggestions().stream().map(s -> {
			RankedOption r = s.ranked();
			var content = s.option().content();
			return new OptionJson(r.slug(), content.title(), content.stage().code(), r.rank(),
					content.evidence().code(), content.summary(), r.reasons(), r.cautions());
		}).toList();
		List<ExplanationJson> explanations = result.explanations()
			.stream()
			.map(e -> new ExplanationJson(e.key(), e.title(), e.body()))
			.toList();
		List<QuestionJson> questions = result.questions()
			.stream()
			.map(q -> new QuestionJson(q.key(), q.text()))
			.toList();
		List<String> safetyNet = result.safetyNet().stream().map(SafetyNetLine::text).toList();
		return new AssessmentJson(result.evaluation().disposition().code(), String.valueOf(result.release().id()),
				options, explanations, questions, safetyNet,
				baseUrl + result.release().language().prefix() + "/r/" + shared.code(result));
	}

	/** The questionnaire with its labels in the language of the request (issue 14). */
	public QuestionnaireJson questionnaire() {
		return questionnaire.get(Language.current());
	}

	private ItemJson itemJson(Item item, Locale locale) {
		List<CodeJson> codes = item.codes()
			.stream()
			.map(code -> new CodeJson(code, text(item.codeKey(code), locale)))
			.toList();
		EnableWhen when = item.enableWhen();
		EnableWhenJson enableWhen = when == null ? null
				: new EnableWhenJson(when.question(), when.operator().code(), when.codes());
		return new ItemJson(item.linkId(), item.type().name().toLowerCase(Locale.ROOT), item.required(), item.step(),
				text(item.labelKey(), locale), text(item.helpKey(), locale), codes, item.exclusiveCode(),
				item.type().name().equals("INTEGER") ? item.min() : null,
				item.type().name().equals("INTEGER") ? item.max() : null, item.maxAnswers(), enableWhen);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, "", locale);
	}

	/**
	 * {@code safetyNet}: the lines of the safety net, the "call emergency services now"
	 * ones first (api.md).
	 */
	public record AssessmentJson(String disposition, String release, List<OptionJson> options,
			List<ExplanationJson> explanations, List<QuestionJson> questions, List<String> safetyNet, String shareUrl) {
	}

	/**
	 * {@code cautions}: guideline positions against the option that apply to these
	 * answers (api.md).
	 */
	public record OptionJson(String slug, String title, String stage, int rank, String evidence, String summary,
			List<String> reasons, List<String> cautions) {
	}

	public record ExplanationJson(String key, String title, String body) {
	}

	public record QuestionJson(String key, String text) {
	}

	public record QuestionnaireJson(List<ItemJson> items) {
	}

	public record ItemJson(String linkId, String type, boolean required, int step, String text, String help,
			List<CodeJson> answerOptions, String exclusiveCode, Integer min, Integer max, int maxAnswers,
			EnableWhenJson enableWhen) {
	}

	public record CodeJson(String code, String display) {
	}

	public record EnableWhenJson(String question, String operator, List<String> answers) {
	}

}
