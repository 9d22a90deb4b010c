package org.nextsteps.patient;

import java.util.List;

/** Small view values of the result pages (public so that templates can read them). */
public final class ResultViews {

	private ResultViews() {
	}

	/** One chosen priority and how each compared option fits it. */
	public record PriorityRow(String priority, List<Fit> fits) {
	}

	/**
	 * How one option fits one priority: {@link #GOOD}, {@link #POOR} or {@link #NEUTRAL}.
	 */
	public record Fit(String slug, String title, String fit) {

		public static final String GOOD = "good";

		public static final String POOR = "poor";

		public static final String NEUTRAL = "neutral";

	}

}
