package org.nextsteps.resultpage;

import java.util.List;
import java.util.Locale;

/** Small view values of the result pages (public so that templates can read them). */
public final class ResultViews {

	private ResultViews() {
	}

	/** One chosen priority and how each compared option fits it. */
	public record PriorityRow(String priority, List<OptionFit> fits) {
	}

	/** How one option fits one priority. */
	public record OptionFit(String slug, String title, Fit fit) {
	}

	/**
	 * How an option fits a priority: the option's content names the priority as a good or
	 * a poor fit, or neither.
	 */
	public enum Fit {

		GOOD, NEUTRAL, POOR;

		/** As the messages name it: {@code result.fit.<code>}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
