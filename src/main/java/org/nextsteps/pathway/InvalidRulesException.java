package org.nextsteps.pathway;

import java.util.List;

/** A rule set that cannot be compiled, with every problem found (not just the first). */
public class InvalidRulesException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleProblem> problems;

	public InvalidRulesException(List<RuleProblem> problems) {
		super(problems.size() + " problem(s) in the rules, first: " + (problems.isEmpty() ? "none" : problems.get(0)));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
