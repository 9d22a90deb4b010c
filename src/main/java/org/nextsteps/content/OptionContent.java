package org.nextsteps.content;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Everything the guide says about one next step, as published. Benefits and downsides are kept as
 * parallel lists so that their balance (IPDAS: equal detail) can be checked and shown side by side.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptionContent(String slug, Stage stage, String title, String summary, String involves,
		String recovery, String timeCommitment, String reliefDuration, List<String> benefits, List<String> downsides,
		String suits, String notFor, Evidence evidence, String evidenceNote, int invasiveness, String shortRecovery,
		String shortRelief, String mainDownside, Priorities priorities, List<String> sources, LocalDate lastReviewed) {

	public OptionContent {
		benefits = List.copyOf(benefits);
		downsides = List.copyOf(downsides);
		sources = List.copyOf(sources);
		priorities = priorities == null ? Priorities.NONE : priorities;
	}

	/** The texts a patient reads for this option, in page order: what the readability check measures. */
	public List<String> patientTexts() {
		var texts = new java.util.ArrayList<String>(List.of(title, summary, involves, recovery, timeCommitment,
				reliefDuration));
		texts.addAll(benefits);
		texts.addAll(downsides);
		texts.addAll(List.of(suits, notFor, evidenceNote, shortRecovery, shortRelief, mainDownside));
		return texts;
	}

	/** Which patient priorities ({@code priorities} answer codes) this option serves well or poorly. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Priorities(List<String> good, List<String> poor) {

		public static final Priorities NONE = new Priorities(List.of(), List.of());

		public Priorities {
			good = good == null ? List.of() : List.copyOf(good);
			poor = poor == null ? List.of() : List.copyOf(poor);
		}

	}

}
