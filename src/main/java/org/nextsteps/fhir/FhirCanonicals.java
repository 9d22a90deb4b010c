package org.nextsteps.fhir;

/**
 * The guide's canonical URLs: names, not addresses. They stay the same wherever the guide
 * runs, so a stored response still names the questionnaire it answers
 * (docs/interoperability.md).
 */
public final class FhirCanonicals {

	/** Everything the guide defines in FHIR lives under this base. */
	public static final String BASE = "https://nextsteps.example/fhir";

	/** The questionnaire; a response names it, with {@code |version} or without. */
	public static final String QUESTIONNAIRE = BASE + "/Questionnaire/next-steps";

	/** The dispositions (emergency, urgent, soon, routine). */
	public static final String DISPOSITION = BASE + "/CodeSystem/disposition";

	/** The options' slugs. */
	public static final String OPTION = BASE + "/CodeSystem/option";

	private FhirCanonicals() {
	}

	/**
	 * The code system of one item's answer codes: one per item, since a code such as
	 * {@code none} or {@code yes} means something else in each.
	 */
	public static String answers(String linkId) {
		return BASE + "/CodeSystem/" + linkId;
	}

}
