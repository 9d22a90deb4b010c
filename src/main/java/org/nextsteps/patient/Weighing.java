package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.resultpage.Reflection;
import org.nextsteps.resultpage.ResultPage;
import org.nextsteps.resultpage.ResultViews;

/**
 * The weighing page of a result (issue 13): the trade-offs on which the compared options
 * differ, what the patient said, and how each compared option fits it. The fit restates
 * the content's own "serves well" and "serves poorly" priorities; it never changes the
 * order of the options or their cautions (hazard H27).
 *
 * @param tradeOffs the trade-offs to rate, in the order of {@link Reflection#VALUES}
 * @param compared the options to weigh, in rank order
 * @param fits how each compared option fits, once a trade-off matters to the patient;
 * empty before
 */
record Weighing(List<String> tradeOffs, List<Assessments.Suggestion> compared, Reflection reflection, List<Fit> fits) {

	/**
	 * How one option fits what the patient said: a verdict ({@link ResultPage#verdict}),
	 * the trade-offs that matter to them on which it is good or poor, and whether a
	 * guideline advises caution about it for them.
	 */
	record Fit(Assessments.Suggestion suggestion, String verdict, List<Line> lines, boolean caution) {
	}

	/** A trade-off that matters to the patient, how much, and how the option fits it. */
	record Line(String value, String fit, int rating) {
	}

	/** The weighing of these compared options ({@link ResultPage#compared}). */
	static Weighing of(List<Assessments.Suggestion> compared, Reflection reflection) {
		List<String> tradeOffs = ResultPage.tradeOffs(compared);
		List<Fit> fits = new ArrayList<>();
		if (tradeOffs.stream().anyMatch(value -> reflection.rating(value) >= Reflection.MATTERS)) {
			for (Assessments.Suggestion s : compared) {
				List<Line> lines = new ArrayList<>();
				for (String value : tradeOffs) {
					ResultViews.Fit fit = ResultPage.fit(s, value);
					if (reflection.rating(value) >= Reflection.MATTERS && fit != ResultViews.Fit.NEUTRAL) {
						lines.add(new Line(value, fit.code(), reflection.rating(value)));
					}
				}
				fits.add(new Fit(s, ResultPage.verdict(s, reflection), List.copyOf(lines),
						!s.ranked().cautions().isEmpty()));
			}
		}
		return new Weighing(tradeOffs, compared, reflection, List.copyOf(fits));
	}

}
