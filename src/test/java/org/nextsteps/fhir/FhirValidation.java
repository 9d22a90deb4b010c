package org.nextsteps.fhir;

import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's offline FHIR R4 validator (the core rules, que-1 to que-13 among them), built
 * once per test run: its first use takes 15-30 s. A response is checked against the
 * guide's own questionnaire, which the validator finds through {@link OurQuestionnaire}.
 */
final class FhirValidation {

	private static FhirValidator validator;

	private static String questionnaireJson;

	private FhirValidation() {
	}

	/**
	 * The validator that knows this questionnaire (the one GET
	 * /fhir/Questionnaire/next-steps serves; the same in every test of a run).
	 */
	static synchronized FhirValidator validator(String questionnaire) {
		if (validator == null) {
			FhirContext context = FhirContext.forR4Cached();
			Questionnaire ours = context.newJsonParser().parseResource(Questionnaire.class, questionnaire);
			ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
					new InMemoryTerminologyServerValidationSupport(context),
					new CommonCodeSystemsTerminologyService(context), new OurQuestionnaire(context, ours));
			validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
			questionnaireJson = questionnaire;
		}
		else if (!questionnaireJson.equals(questionnaire)) {
			throw new IllegalStateException("The questionnaire changed within one test run");
		}
		return validator;
	}

	/** The errors (and fatal errors) the validator finds in a resource, in words. */
	static List<String> errors(String questionnaire, String json) {
		ValidationResult result = validator(questionnaire).validateWithResult(json);
		return result.getMessages()
			.stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.map(FhirValidation::describe)
			.collect(Collectors.toList());
	}

	private static String describe(SingleValidationMessage message) {
		return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
	}

	/**
	 * Resolves the guide's questionnaire by its canonical url, with or without a version:
	 * {@code PrePopulatedValidationSupport.addResource} alone did not make it known to
	 * the QuestionnaireResponse checks.
	 */
	static final class OurQuestionnaire implements IValidationSupport {

		private final FhirContext context;

		private final Questionnaire questionnaire;

		OurQuestionnaire(FhirContext context, Questionnaire questionnaire) {
			this.context = context;
			this.questionnaire = questionnaire;
		}

		@Override
		public FhirContext getFhirContext() {
			return context;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
			String url = uri == null ? "" : uri.split("\\|", 2)[0];
			if (url.equals(questionnaire.getUrl()) && (type == null || type.isInstance(questionnaire))) {
				return (T) questionnaire;
			}
			return null;
		}

		@Override
		public String getName() {
			return "the guide's questionnaire";
		}

	}

}
