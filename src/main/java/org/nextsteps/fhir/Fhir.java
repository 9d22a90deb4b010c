package org.nextsteps.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's R4 context, made on first use: it takes seconds to build, so neither start-up
 * nor the patient's pages ever wait for it.
 */
final class Fhir {

	static final String JSON = "application/fhir+json";

	private Fhir() {
	}

	static FhirContext context() {
		return FhirContext.forR4Cached();
	}

	static String encode(IBaseResource resource) {
		return context().newJsonParser().encodeResourceToString(resource);
	}

	/**
	 * A resource from JSON; unknown elements and wrong value types are refused, not
	 * skipped, so nothing a sender meant is silently dropped.
	 * @throws MalformedException when it is not a FHIR resource in JSON
	 */
	static IBaseResource parse(String json) {
		IParser parser = context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		try {
			return parser.parseResource(json);
		}
		catch (RuntimeException ex) {
			// HAPI throws DataFormatException for most junk, and other runtime
			// exceptions for some (deep nesting, huge numbers): all are the sender's
			// error
			throw new MalformedException();
		}
	}

	/** The body is not a FHIR resource in JSON. */
	static final class MalformedException extends RuntimeException {

		MalformedException() {
			super("Not a FHIR resource in JSON", null, false, false);
		}

	}

}
