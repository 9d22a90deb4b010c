package org.nextsteps.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Everything the guide says about one next step, as published. Benefits and downsides are
 * kept as parallel lists so that their balance (IPDAS: equal detail) can be checked and
 * shown side by side. {@code guidance} holds named guidelines' positions,
 * {@code outcomes} natural frequencies out of 100 with their sources, and
 * {@code outcomesNote} what those numbers mean, or that good numbers are lacking. Each
 * option is due for review {@link #REVIEW_INTERVAL} after its last review.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptionContent(String slug, Stage stage, String title, String summary, String involves, String recovery,
		String timeCommitment, String reliefDuration, List<String> benefits, List<String> downsides, String suits,
		String notFor, Evidence evidence, String evidenceNote, int invasiveness, String shortRecovery,
		String shortRelief, String mainDownside, Priorities priorities, List<String> sources, LocalDate lastReviewed,
		List<Guidance> guidance, List<Outcome> outcomes, String outcomesNote) {

	/**
	 * The content policy (the About page): every option is reviewed at least once a year.
	 */
	public static final Period REVIEW_INTERVAL = Period.ofYears(1);

	public OptionContent {
		benefits = List.copyOf(benefits);
		downsides = List.copyOf(downsides);
		sources = List.copyOf(sources);
		priorities = priorities == null ? Priorities.NONE : priorities;
		guidance = guidance == null ? List.of() : List.copyOf(guidance);
		outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
		outcomesNote = outcomesNote == null ? "" : outcomesNote;
	}

	/**
	 * The same option with other guideline positions, numbers and note (the editor keeps
	 * them when it saves).
	 */
	public OptionContent withEvidenceDetail(List<Guidance> guidance, List<Outcome> outcomes, String outcomesNote) {
		return new OptionContent(slug, stage, title, summary, involves, recovery, timeCommitment, reliefDuration,
				benefits, downsides, suits, notFor, evidence, evidenceNote, invasiveness, shortRecovery, shortRelief,
				mainDownside, priorities, sources, lastReviewed, guidance, outcomes, outcomesNote);
	}

	/**
	 * The same option with every patient text passed through {@code t} (issue 14: its
	 * Spanish); slug, stage, evidence, scores, sources and dates stay.
	 */
	public OptionContent translated(UnaryOperator<String> t) {
		List<Guidance> translatedGuidance = guidance.stream()
			.map(g -> new Guidance(t.apply(g.guideline()), g.year(), g.position(), t.apply(g.group())))
			.toList();
		List<Outcome> translatedOutcomes = outcomes.stream()
			.map(o -> new Outcome(t.apply(o.measure()), o.count(), t.apply(o.group()), t.apply(o.timeFrame()),
					o.compareCount(), o.compareGroup() == null ? null : t.apply(o.compareGroup()), o.source()))
			.toList();
		return new OptionContent(slug, stage, t.apply(title), t.apply(summary), t.apply(involves), t.apply(recovery),
				t.apply(timeCommitment), t.apply(reliefDuration), benefits.stream().map(t).toList(),
				downsides.stream().map(t).toList(), t.apply(suits), t.apply(notFor), evidence, t.apply(evidenceNote),
				invasiveness, t.apply(shortRecovery), t.apply(shortRelief), t.apply(mainDownside), priorities, sources,
				lastReviewed, translatedGuidance, translatedOutcomes, t.apply(outcomesNote));
	}

	/** When it is next due for review; null when it was never reviewed. */
	public @Nullable LocalDate nextReview() {
		return lastReviewed == null ? null : lastReviewed.plus(REVIEW_INTERVAL);
	}

	/**
	 * Whether it is past its next review date on {@code today}, so its page must say so
	 * until it is reviewed; an option never reviewed is.
	 */
	public boolean isReviewOverdue(LocalDate today) {
		LocalDate due = nextReview();
		return due == null || today.isAfter(due);
	}

	/**
	 * The texts a patient reads for this option, in page order: what the readability
	 * check measures (the {@link OptionField#graded()} fields, then the evidence detail).
	 */
	public List<String> patientTexts() {
		List<String> texts = new ArrayList<>();
		OptionField.graded().forEach(field -> texts.addAll(field.values(this)));
		for (Guidance g : guidance) {
			texts.add(g.group());
		}
		for (Outcome o : outcomes) {
			texts.add(o.measure());
			texts.add(o.group());
			if (o.compareGroup() != null) {
				texts.add(o.compareGroup());
			}
		}
		if (!outcomesNote.isBlank()) {
			texts.add(outcomesNote);
		}
		return texts;
	}

	/**
	 * The reading grade of everything a patient reads about this option (its limit:
	 * {@link Readability#MAX_GRADE}).
	 */
	public double readingGrade() {
		return Readability.grade(String.join("\n", patientTexts()));
	}

	/**
	 * The INFLESZ score of everything a patient reads about this option, for its Spanish
	 * (its floor: {@link SpanishReadability#MIN_INFLESZ}).
	 */
	public double inflesz() {
		return SpanishReadability.inflesz(String.join("\n", patientTexts()));
	}

	/** The SMOG grade of everything a patient reads about this option. */
	public double smogGrade() {
		return Readability.smog(String.join("\n", patientTexts()));
	}

	/**
	 * Which patient priorities ({@code priorities} answer codes) this option serves well
	 * or poorly.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Priorities(List<String> good, List<String> poor) {

		public static final Priorities NONE = new Priorities(List.of(), List.of());

		public Priorities {
			good = good == null ? List.of() : List.copyOf(good);
			poor = poor == null ? List.of() : List.copyOf(poor);
		}

	}

}
