package org.nextsteps.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.nextsteps.questionnaire.EnableWhen;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * The guide's questionnaire definition as a FHIR R4 {@code Questionnaire} (SDC base: a
 * canonical url, every answer coding with its system). Texts are the wizard's own, from
 * the questionnaire's message bundle.
 */
final class QuestionnaireMapping {

	static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	static final String MAX_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs";

	static final String OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

	private final Questionnaire questionnaire;

	private final UnaryOperator<String> text;

	private final String version;

	/**
	 * @param text the text of a message key
	 */
	QuestionnaireMapping(Questionnaire questionnaire, UnaryOperator<String> text) {
		this.questionnaire = questionnaire;
		this.text = text;
		this.version = version(questionnaire);
	}

	/**
	 * The version: a fingerprint of what the answers mean (ids, types, codes, ranges,
	 * conditions), not of the wording. It changes by itself whenever the definition does,
	 * so a response to another definition is never read as one to this.
	 */
	static String version(Questionnaire questionnaire) {
		StringBuilder shape = new StringBuilder();
		for (Item item : questionnaire.items()) {
			shape.append(item.linkId())
				.append('|')
				.append(item.type())
				.append('|')
				.append(item.required())
				.append('|')
				.append(item.codes())
				.append('|')
				.append(item.exclusiveCode())
				.append('|')
				.append(item.min())
				.append('|')
				.append(item.max())
				.append('|')
				.append(item.maxAnswers())
				.append('|')
				.append(item.enableWhen())
				.append('\n');
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(shape.toString().getBytes(StandardCharsets.UTF_8));
			return "1." + HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String version() {
		return version;
	}

	Questionnaire definition() {
		return questionnaire;
	}

	/** The canonical reference a response gives: url and version. */
	String reference() {
		return FhirCanonicals.QUESTIONNAIRE + "|" + version;
	}

	/** The display of one answer code, as the wizard shows it. */
	Coding coding(Item item, String code) {
		return new Coding(FhirCanonicals.answers(item.linkId()), code, text.apply(item.codeKey(code)));
	}

	String itemText(Item item) {
		return text.apply(item.labelKey());
	}

	org.hl7.fhir.r4.model.Questionnaire toFhir() {
		org.hl7.fhir.r4.model.Questionnaire fhir = new org.hl7.fhir.r4.model.Questionnaire();
		fhir.setId("next-steps");
		fhir.setUrl(FhirCanonicals.QUESTIONNAIRE);
		fhir.setVersion(version);
		fhir.setName("NextSteps");
		fhir.setTitle(text.apply("fhir.questionnaire.title"));
		fhir.setDescription(text.apply("fhir.questionnaire.description"));
		fhir.setStatus(PublicationStatus.ACTIVE);
		fhir.addSubjectType("Patient");
		for (Item item : questionnaire.items()) {
			fhir.addItem(item(item));
		}
		return fhir;
	}

	private QuestionnaireItemComponent item(Item item) {
		QuestionnaireItemComponent fhir = new QuestionnaireItemComponent();
		fhir.setLinkId(item.linkId());
		fhir.setText(itemText(item));
		fhir.setRequired(item.required());
		if (item.type() == ItemType.INTEGER) {
			fhir.setType(QuestionnaireItemType.INTEGER);
			fhir.setRepeats(false);
			fhir.addExtension(MIN_VALUE, new IntegerType(item.min()));
			fhir.addExtension(MAX_VALUE, new IntegerType(item.max()));
		}
		else {
			fhir.setType(QuestionnaireItemType.CHOICE);
			fhir.setRepeats(item.type() == ItemType.MULTI);
			if (item.type() == ItemType.MULTI && item.maxAnswers() < item.codes().size()) {
				fhir.addExtension(MAX_OCCURS, new IntegerType(item.maxAnswers()));
			}
			for (String code : item.codes()) {
				QuestionnaireItemAnswerOptionComponent option = fhir.addAnswerOption().setValue(coding(item, code));
				if (code.equals(item.exclusiveCode())) {
					option.addExtension(OPTION_EXCLUSIVE, new BooleanType(true));
				}
			}
		}
		EnableWhen when = item.enableWhen();
		if (when != null) {
			enableWhen(fhir, when);
		}
		return fhir;
	}

	/**
	 * FHIR compares one answer per enableWhen: "in" becomes one "=" per code, any of
	 * which enables the item; "not in" one "!=" per code, all of which must hold.
	 */
	private void enableWhen(QuestionnaireItemComponent fhir, EnableWhen when) {
		Item question = questionnaire.item(when.question()).orElseThrow();
		boolean negated = when.operator() == EnableWhen.Operator.NOT_EQUALS
				|| when.operator() == EnableWhen.Operator.NOT_IN;
		List<String> codes = when.codes();
		for (String code : codes) {
			fhir.addEnableWhen()
				.setQuestion(question.linkId())
				.setOperator(negated ? QuestionnaireItemOperator.NOT_EQUAL : QuestionnaireItemOperator.EQUAL)
				.setAnswer(coding(question, code));
		}
		if (codes.size() > 1) {
			fhir.setEnableBehavior(negated ? EnableWhenBehavior.ALL : EnableWhenBehavior.ANY);
		}
	}

}
