package org.nextsteps.fhir;

import java.util.function.UnaryOperator;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UrlType;
import org.nextsteps.patient.AssessmentApi.AssessmentJson;
import org.nextsteps.patient.AssessmentApi.ExplanationJson;
import org.nextsteps.patient.AssessmentApi.OptionJson;
import org.nextsteps.patient.AssessmentApi.QuestionJson;

/**
 * The JSON API's result as the output of {@code $assess}: a {@code Parameters}, the FHIR
 * shape of an operation's output, with one parameter per field of the JSON API's result
 * and the same names, so the two cannot drift apart.
 */
final class ResultParameters {

	private ResultParameters() {
	}

	/**
	 * @param text the text of a message key (the dispositions' names)
	 */
	static Parameters of(AssessmentJson result, UnaryOperator<String> text) {
		Parameters parameters = new Parameters();
		parameters.addParameter()
			.setName("disposition")
			.setValue(new Coding(FhirCanonicals.DISPOSITION, result.disposition(),
					text.apply("fhir.disposition." + result.disposition())));
		parameters.addParameter().setName("release").setValue(new StringType(result.release()));
		for (OptionJson option : result.options()) {
			ParametersParameterComponent part = parameters.addParameter().setName("option");
			part.addPart().setName("slug").setValue(new Coding(FhirCanonicals.OPTION, option.slug(), option.title()));
			part.addPart().setName("rank").setValue(new IntegerType(option.rank()));
			part.addPart().setName("title").setValue(new StringType(option.title()));
			part.addPart().setName("stage").setValue(new CodeType(option.stage()));
			part.addPart().setName("evidence").setValue(new CodeType(option.evidence()));
			part.addPart().setName("summary").setValue(new StringType(option.summary()));
			option.reasons().forEach(reason -> part.addPart().setName("reason").setValue(new StringType(reason)));
			option.cautions().forEach(caution -> part.addPart().setName("caution").setValue(new StringType(caution)));
		}
		for (ExplanationJson explanation : result.explanations()) {
			ParametersParameterComponent part = parameters.addParameter().setName("explanation");
			part.addPart().setName("key").setValue(new StringType(explanation.key()));
			part.addPart().setName("title").setValue(new StringType(explanation.title()));
			part.addPart().setName("body").setValue(new StringType(explanation.body()));
		}
		for (QuestionJson question : result.questions()) {
			ParametersParameterComponent part = parameters.addParameter().setName("question");
			part.addPart().setName("key").setValue(new StringType(question.key()));
			part.addPart().setName("text").setValue(new StringType(question.text()));
		}
		result.safetyNet()
			.forEach(line -> parameters.addParameter().setName("safetyNet").setValue(new StringType(line)));
		parameters.addParameter().setName("shareUrl").setValue(new UrlType(result.shareUrl()));
		return parameters;
	}

}
