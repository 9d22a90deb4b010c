package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.Guidance;
import org.nextsteps.content.OptionContent;
import org.nextsteps.pathway.Trace;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.springframework.context.MessageSource;

/**
 * A patient's result in a clinician's terms (issue 15), for one printed page: the
 * disposition and the warning signs answered, the injection and how the patient responded
 * with the usual reading of that pattern, the pain, tests and history, what was tried,
 * what matters to the patient, and the ranked options with the rules that fired, their
 * evidence status and guideline positions. Built from the share link alone: nothing is
 * stored.
 *
 * @param redFlags the warning signs answered, in clinical terms; empty for none
 * @param dispositionRules the keys of the disposition rules that fired
 * @param injection the injection: type and region, guidance, count, time since
 * @param response how it went: relief, best relief, pain now
 * @param pattern the response pattern and its usual reading
 * @param pain location, radicular features, claudication, duration, score, impact
 * @param history imaging and findings, previous surgery, other conditions, age
 * @param tried what the patient has tried, in clinical terms
 * @param options the ranked options
 * @param excluded options that rules removed, with the rules
 */
record ClinicianSummary(List<String> redFlags, List<String> dispositionRules, List<Row> injection, List<Row> response,
		Pattern pattern, List<Row> pain, List<Row> history, List<String> tried, List<OptionRow> options,
		List<Excluded> excluded) {

	/** Where the clinical wording lives: {@code clinician.code.<linkId>.<code>}. */
	static final String CODE_KEY = "clinician.code.";

	/** A clinical label for each item: {@code clinician.item.<linkId>}. */
	static final String ITEM_KEY = "clinician.item.";

	/** A guideline's position in a clinician's shorthand. */
	static final String POSITION_KEY = "clinician.position.";

	/** The codes of an answered item that mean "nothing of these". */
	private static final Set<String> NONE = Set.of("none");

	/** Limb pain that travels (the questionnaire's codes). */
	private static final Set<String> LIMB = Set.of("one_leg", "both_legs", "arm");

	/** Injections whose hours-only relief points to the facet joints. */
	private static final Set<String> FACET = Set.of("facet_joint", "medial_branch_block");

	/** How soon after the injection its steroid effect may still be coming. */
	private static final Set<String> EARLY = Set.of("under_3_days", "3_to_14_days");

	/** A label and a value. */
	record Row(String label, String value) {
	}

	/**
	 * The response pattern: its code (anesthetic-window, steroid-short, steroid-lasting,
	 * none, too-early), its name and its usual reading, each a message.
	 */
	record Pattern(String code, String name, List<String> reading) {
	}

	/**
	 * A ranked option: its place, title, stage and evidence, the guideline positions, the
	 * cautions that apply, and the keys of the rules that fired for it.
	 */
	record OptionRow(int rank, String slug, String title, String stage, String evidence, List<String> guidance,
			List<String> cautions, List<String> rules) {
	}

	/** An option a rule removed, and the keys of those rules. */
	record Excluded(String title, List<String> rules) {
	}

	static ClinicianSummary of(Assessments.Result result, Trace trace, MessageSource messages, Locale locale) {
		Labels labels = new Labels(result.release().rules().questionnaire(), result.answers(), messages, locale);
		Answers answers = result.answers();
		List<String> redFlags = labels.codes("red_flags");

		List<Row> injection = new ArrayList<>();
		String type = String.join(", ", labels.codes("injection_type"));
		List<String> region = labels.codes("spine_region");
		injection.add(new Row(labels.item("injection_type"),
				region.isEmpty() ? type : labels.text("clinician.injection.at", type, region.get(0))));
		labels.row(injection, "image_guidance");
		labels.row(injection, "injection_count");
		labels.row(injection, "time_since_injection");

		List<Row> response = new ArrayList<>();
		labels.row(response, "relief_duration");
		labels.row(response, "relief_amount");
		labels.row(response, "pain_now_vs_before");

		List<Row> pain = new ArrayList<>();
		labels.row(pain, "pain_location");
		labels.row(pain, "numbness_tingling");
		List<String> location = answers.codes("pain_location");
		boolean limb = location.stream().anyMatch(LIMB::contains);
		boolean tingling = answers.code("numbness_tingling").filter("yes"::equals).isPresent();
		pain.add(new Row(labels.text("clinician.radicular"), labels.text(limb
				? (tingling ? "clinician.radicular.yes" : "clinician.radicular.pain") : "clinician.radicular.no")));
		labels.row(pain, "walking_worse");
		labels.row(pain, "pain_duration");
		answers.integer("pain_score")
			.ifPresent(n -> pain.add(new Row(labels.item("pain_score"), labels.text("clinician.score", n))));
		labels.row(pain, "daily_impact");

		List<Row> history = new ArrayList<>();
		labels.row(history, "imaging");
		labels.row(history, "imaging_findings");
		labels.row(history, "previous_spine_surgery");
		labels.row(history, "other_conditions");
		labels.row(history, "age_band");

		List<OptionRow> options = new ArrayList<>();
		for (Assessments.Suggestion s : result.suggestions()) {
			OptionContent c = s.option().content();
			List<String> guidance = labels.guidance(c.guidance());
			options.add(new OptionRow(s.ranked().rank(), c.slug(), c.title(),
					labels.text("clinician.stage." + c.stage().code()),
					labels.text("clinician.evidence." + c.evidence().code()), guidance, s.ranked().cautions(),
					trace.forOption(c.slug())));
		}
		List<Excluded> excluded = new ArrayList<>();
		for (Map.Entry<String, List<String>> e : trace.excluded().entrySet()) {
			result.release()
				.option(e.getKey())
				.ifPresent(o -> excluded.add(new Excluded(o.content().title(), e.getValue())));
		}
		return new ClinicianSummary(redFlags, trace.disposition(), List.copyOf(injection), List.copyOf(response),
				pattern(answers, labels), List.copyOf(pain), List.copyOf(history), labels.codes("tried"),
				List.copyOf(options), List.copyOf(excluded));
	}

	/**
	 * The pattern of relief (domain brief, "Reading the response to the injection"):
	 * hours only is the local anesthetic's window; none at all, not even in those hours,
	 * points away from the structure injected; days or more is the steroid's phase.
	 */
	private static Pattern pattern(Answers answers, Labels labels) {
		String relief = answers.code("relief_duration").orElse("still_waiting");
		String code = switch (relief) {
			case "hours" -> "anesthetic-window";
			case "none" -> "none";
			case "days_to_weeks" -> "steroid-short";
			case "months" -> "steroid-lasting";
			default -> "too-early";
		};
		List<String> reading = new ArrayList<>();
		reading.add(labels.text("clinician.pattern." + code + ".reading"));
		if (code.equals("anesthetic-window") && answers.code("injection_type").filter(FACET::contains).isPresent()) {
			reading.add(labels.text("clinician.pattern.anesthetic-window.facet"));
		}
		if (!code.equals("too-early") && !code.equals("steroid-lasting")
				&& answers.code("time_since_injection").filter(EARLY::contains).isPresent()) {
			reading.add(labels.text("clinician.pattern.early"));
		}
		if (code.equals("steroid-lasting")) {
			reading.add(labels.text("clinician.pattern.repeat"));
		}
		return new Pattern(code, labels.text("clinician.pattern." + code), List.copyOf(reading));
	}

	/** The clinical wording of the questionnaire's items and codes. */
	private record Labels(Questionnaire questionnaire, Answers answers, MessageSource messages, Locale locale) {

		String text(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		String item(String linkId) {
			return text(ITEM_KEY + linkId);
		}

		/** The answered codes of an item in clinical terms, none of "none". */
		List<String> codes(String linkId) {
			return answers.codes(linkId)
				.stream()
				.filter(code -> !NONE.contains(code))
				.map(code -> text(CODE_KEY + linkId + "." + code))
				.toList();
		}

		/** A row for an answered item; an item not asked gets none. */
		void row(List<Row> rows, String linkId) {
			Item item = questionnaire.item(linkId).orElseThrow();
			if (item.type() == ItemType.INTEGER || !answers.has(linkId)) {
				return;
			}
			List<String> values = answers.codes(linkId)
				.stream()
				.map(code -> text(CODE_KEY + linkId + "." + code))
				.toList();
			rows.add(new Row(item(linkId), String.join(", ", values)));
		}

		/**
		 * Each guideline's positions on one line, counted ("NICE NG59 (2020): may be
		 * considered x2, not recommended"): for whom each applies is on the option's
		 * page, and the positions against it that apply to these answers are its
		 * cautions.
		 */
		List<String> guidance(List<Guidance> positions) {
			Map<String, Map<Guidance.Position, Integer>> byGuideline = new LinkedHashMap<>();
			for (Guidance g : positions) {
				byGuideline
					.computeIfAbsent(text("clinician.guidance.name", g.guideline(), Integer.toString(g.year())),
							name -> new EnumMap<>(Guidance.Position.class))
					.merge(g.position(), 1, Integer::sum);
			}
			List<String> lines = new ArrayList<>();
			byGuideline.forEach((name, counts) -> {
				List<String> said = new ArrayList<>();
				counts.forEach((position, n) -> said.add(n == 1 ? text(POSITION_KEY + position.code())
						: text("clinician.guidance.times", text(POSITION_KEY + position.code()), n)));
				lines.add(text("clinician.guidance", name, String.join(", ", said)));
			});
			return List.copyOf(lines);
		}

	}

}
