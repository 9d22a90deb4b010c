package org.nextsteps.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Errors as FHIR {@code OperationOutcome}s. */
final class Outcomes {

	private Outcomes() {
	}

	/** One error about the request as a whole. */
	static OperationOutcome of(IssueType type, String message) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
		return outcome;
	}

	/** One error per problem, each with where it is. */
	static OperationOutcome of(List<FhirProblem> problems) {
		OperationOutcome outcome = new OperationOutcome();
		for (FhirProblem problem : problems) {
			outcome.addIssue()
				.setSeverity(IssueSeverity.ERROR)
				.setCode(problem.linkId() == null ? IssueType.INVALID : IssueType.VALUE)
				.setDiagnostics(problem.message())
				.addExpression(problem.expression());
		}
		return outcome;
	}

}
