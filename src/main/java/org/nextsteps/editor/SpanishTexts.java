package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nextsteps.content.AboutFact;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.DraftTranslation;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.Guidance;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.Outcome;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.SpanishReadability;
import org.nextsteps.pathway.RuleDefinition;

/**
 * Every patient text of a version of the guide that needs its Spanish (issue 14): the
 * content's patient texts ({@link ContentSnapshot#patientTexts()}) and the reason of
 * every enabled rule, each with where it is used. The translations page lists them, and
 * the publish check names those without Spanish and those whose Spanish reads under
 * INFLESZ 65.
 */
final class SpanishTexts {

	private SpanishTexts() {
	}

	/**
	 * One place a text is used: an option's field, a text of the texts page, or a rule's
	 * reason.
	 */
	record Use(String subject, String key, String field) {

		/** Where it is edited. */
		public String path() {
			return switch (subject) {
				case "option" -> "/editor/options/" + key + "#" + field;
				case "rule" -> "/editor/rules/" + key;
				default -> "/editor/texts/" + subject + "/" + key;
			};
		}

		/** As the audit log and the sign-off list it: {@code option:slug benefits}. */
		String audited() {
			return subject + ":" + key + " " + field;
		}

	}

	/** A text without Spanish, and where it is used. */
	record Gap(String english, List<Use> uses) {

		/** How the translations page finds it. */
		public String hash() {
			return DraftTranslation.hash(english);
		}

	}

	/** A Spanish text of 8 words or more under INFLESZ 65. */
	record HardSpanish(String english, String spanish, List<Use> uses, double inflesz) {

		/** How the translations page finds it. */
		public String hash() {
			return DraftTranslation.hash(english);
		}

		/** Its band on the INFLESZ scale. */
		public String band() {
			return SpanishReadability.band(inflesz).label();
		}

		String audited() {
			return "es " + String.join(" ", uses.stream().map(Use::audited).toList()) + " "
					+ String.format(java.util.Locale.ROOT, "%.1f", inflesz);
		}

	}

	/**
	 * Every patient text by its English, in the order the content holds them and then the
	 * rules', with every place it is used.
	 */
	static Map<String, List<Use>> uses(ContentSnapshot content, List<RuleDefinition> rules) {
		Map<String, List<Use>> uses = new LinkedHashMap<>();
		content.patientTexts().forEach(text -> uses.put(text, new ArrayList<>()));
		for (OptionContent option : content.options()) {
			optionUses(uses, option);
		}
		for (Explanation e : content.explanations()) {
			add(uses, e.title(), new Use("explanation", e.key(), "title"));
			add(uses, e.body(), new Use("explanation", e.key(), "body"));
		}
		for (DoctorQuestion q : content.questions()) {
			add(uses, q.text(), new Use("question", q.key(), "text"));
		}
		for (SafetyNetLine line : content.safetyNet()) {
			add(uses, line.text(), new Use("safety", line.key(), "text"));
		}
		for (AboutFact fact : content.about()) {
			add(uses, fact.text(), new Use("about", fact.key(), "text"));
		}
		for (RuleDefinition rule : rules) {
			if (rule.enabled() && rule.reason() != null && !rule.reason().isBlank()) {
				uses.computeIfAbsent(rule.reason(), text -> new ArrayList<>())
					.add(new Use("rule", rule.key(), "reason"));
			}
		}
		return uses;
	}

	private static void optionUses(Map<String, List<Use>> uses, OptionContent option) {
		Set<String> texts = new LinkedHashSet<>();
		option.translated(text -> {
			if (text != null && !text.isBlank()) {
				texts.add(text);
			}
			return text;
		});
		for (OptionField field : OptionField.values()) {
			for (String value : field.values(option)) {
				if (texts.contains(value)) {
					add(uses, value, new Use("option", option.slug(), field.property()));
				}
			}
		}
		for (Guidance g : option.guidance()) {
			for (String value : java.util.Arrays.asList(g.guideline(), g.group())) {
				add(uses, value, new Use("option", option.slug(), "guidance"));
			}
		}
		for (Outcome o : option.outcomes()) {
			for (String value : java.util.Arrays.asList(o.measure(), o.group(), o.timeFrame(), o.compareGroup())) {
				add(uses, value, new Use("option", option.slug(), "outcomes"));
			}
		}
	}

	private static void add(Map<String, List<Use>> uses, String text, Use use) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<Use> list = uses.computeIfAbsent(text, t -> new ArrayList<>());
		if (!list.contains(use)) {
			list.add(use);
		}
	}

	/** Whether the dictionary has a Spanish of this English. */
	static boolean translated(Map<String, String> spanish, String english) {
		String text = spanish.get(english);
		return text != null && !text.isBlank();
	}

	/** Every patient text of this version without its Spanish. */
	static List<Gap> missing(ContentSnapshot content, List<RuleDefinition> rules) {
		List<Gap> gaps = new ArrayList<>();
		uses(content, rules).forEach((english, where) -> {
			if (!translated(content.spanish(), english)) {
				gaps.add(new Gap(english, List.copyOf(where)));
			}
		});
		return gaps;
	}

	/**
	 * Every Spanish of a patient text of this version that has 8 words or more and reads
	 * under INFLESZ 65.
	 */
	static List<HardSpanish> hardToRead(ContentSnapshot content, List<RuleDefinition> rules) {
		List<HardSpanish> hard = new ArrayList<>();
		uses(content, rules).forEach((english, where) -> {
			String spanish = content.spanish().get(english);
			if (spanish != null && SpanishReadability.words(spanish) >= SpanishReadability.MIN_WORDS) {
				double score = SpanishReadability.inflesz(spanish);
				if (score < SpanishReadability.MIN_INFLESZ) {
					hard.add(new HardSpanish(english, spanish, List.copyOf(where), score));
				}
			}
		});
		return hard;
	}

}
