package org.nextsteps.resultpage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Stage;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.system.Language;
import org.nextsteps.questionnaire.Answers;

/**
 * The ready-made HTML of result pages on one release: everything that is the same for
 * every patient, rendered once by {@link ResultPages} from {@code patient/result-shell}
 * and {@code patient/result-parts}. A page view only picks these parts and joins them, so
 * it costs a few string copies instead of a template run over every element (public so
 * that the templates can call it).
 */
public final class ResultPage {

	/**
	 * How many of the top options a result shows in full, with their main benefit and
	 * main downside; the compare page has both for every option it shows.
	 */
	public static final int FULL_CARDS = 3;

	/** A result page is 10-20 KB of HTML. */
	private static final int PAGE_CAPACITY = 24 * 1024;

	private final Shell shell;

	private final Cards cards;

	private final Sections sections;

	private final Told told;

	private final Weigh weigh;

	ResultPage(Parts parts) {
		this.told = parts.told();
		this.weigh = parts.weigh();
		this.shell = parts.shell();
		this.cards = parts.cards();
		this.sections = parts.sections();
	}

	/**
	 * The items of "What you told us", in the order of the questionnaire: the patient's
	 * key answers (warning signs, injection, relief, pain, what they tried and what
	 * matters to them).
	 */
	public static final List<String> TOLD = List.of("red_flags", "injection_type", "spine_region",
			"time_since_injection", "relief_duration", "relief_amount", "pain_now_vs_before", "pain_location",
			"pain_score", "pain_duration", "daily_impact", "tried", "priorities");

	/**
	 * How many options the compare page and the weighing exercise show side by side: more
	 * does not fit a phone or a mind.
	 */
	public static final int COMPARE_COUNT = 4;

	/**
	 * The option of no new treatment for now, compared with the top ones when offered.
	 */
	public static final String NATURAL_COURSE = "watchful-waiting";

	/** The option that the closing pain-diary note would repeat. */
	static final String PAIN_DIARY = "pain-diary";

	/**
	 * The whole result page of a result, in this order: the layout's top, the warning
	 * panel, heading and decision, a note when newer content exists, the links that carry
	 * the share code (a shared result only), what the patient told us (collapsed), the
	 * explanations (each collapsed under its title), the top options in full and the
	 * others compact by stage, the safety net, the weighing exercise (a shared result
	 * with options to weigh), the questions and the closing notes. Joined in one buffer:
	 * a result page is the patient's hottest path.
	 * @param code the share code, or {@code null} for a preview
	 * @param currentCode the share code of the same answers on the current release, when
	 * the result's release is an older one
	 * @param link the page's full address (its share link), or {@code null} for a preview
	 * @param reflection what the patient said while weighing the options, or {@code null}
	 */
	public String whole(Assessments.Result result, @Nullable String code, @Nullable String currentCode,
			@Nullable String link, @Nullable Reflection reflection) {
		return whole(result, code, currentCode, link, reflection, Map.of());
	}

	/**
	 * The same, with the page's address in each language for its language link and
	 * alternates.
	 */
	public String whole(Assessments.Result result, @Nullable String code, @Nullable String currentCode,
			@Nullable String link, @Nullable Reflection reflection, Map<Language, String> alternates) {
		String disposition = result.evaluation().disposition().code();
		List<Assessments.Suggestion> compared = compared(result);
		StringBuilder html = new StringBuilder(PAGE_CAPACITY);
		appendTop(html, alternates);
		html.append(panel(disposition)).append(intro());
		if (currentCode != null) {
			List<String> newer = shell.newer();
			html.append(newer.get(0))
				.append(result.release().id())
				.append(newer.get(1))
				.append(currentCode)
				.append(newer.get(2));
		}
		if (code != null) {
			List<String> actions = compared.size() > 1 ? shell.actionsWithCompare() : shell.actions();
			html.append(actions.get(0));
			for (int i = 1; i < actions.size(); i++) {
				html.append(code).append(actions.get(i));
			}
		}
		appendTold(html, result.answers());
		appendSection(html, sections.explanations(), result.explanations(), Explanation::key);
		appendCards(html, result.suggestions());
		appendSafetyNet(html, result.safetyNet());
		if (code != null && weighs(disposition, compared)) {
			appendWeigh(html, code, reflection == null ? Reflection.NONE : reflection);
		}
		appendSection(html, sections.questions(), result.questions(), DoctorQuestion::key);
		boolean diary = routineOrSoon(disposition)
				&& result.suggestions().stream().noneMatch(s -> s.ranked().slug().equals(PAIN_DIARY));
		html.append(diary ? shell.diary() : "");
		if (link != null) {
			List<String> share = shell.share();
			html.append(share.get(0)).append(link).append(share.get(1)).append(link).append(share.get(2));
		}
		return html.append(tail()).append(bottom()).toString();
	}

	/**
	 * The options a patient weighs up with their doctor: the top suggestions beyond
	 * urgent care, and beside them what happens with no new treatment, whenever the
	 * result offers it (issue 13: a comparison always has "start nothing new").
	 */
	public static List<Assessments.Suggestion> compared(Assessments.Result result) {
		List<Assessments.Suggestion> top = result.suggestions()
			.stream()
			.filter(s -> s.option().content().stage() != Stage.URGENT)
			.limit(COMPARE_COUNT)
			.toList();
		List<Assessments.Suggestion> compared = new ArrayList<>(top);
		result.suggestions()
			.stream()
			.filter(s -> s.option().slug().equals(NATURAL_COURSE))
			.findFirst()
			.filter(natural -> !top.isEmpty() && !top.contains(natural))
			.ifPresent(compared::add);
		return compared;
	}

	/**
	 * Whether a result offers the weighing exercise: never beside advice to get help now
	 * or today, and only with options to weigh.
	 */
	public static boolean weighs(String disposition, List<Assessments.Suggestion> compared) {
		return routineOrSoon(disposition) && compared.size() > 1;
	}

	/**
	 * Whether a disposition leaves time to weigh options: no help needed now or today.
	 */
	private static boolean routineOrSoon(String disposition) {
		return disposition.equals("routine") || disposition.equals("soon");
	}

	/**
	 * The trade-offs worth weighing for these options: those on which they differ (one
	 * fits it well and another does not); all of them when the options do not differ at
	 * all.
	 */
	public static List<String> tradeOffs(List<Assessments.Suggestion> compared) {
		List<String> differing = new ArrayList<>();
		for (String value : Reflection.VALUES) {
			if (compared.stream().map(s -> fit(s, value)).distinct().count() > 1) {
				differing.add(value);
			}
		}
		return differing.isEmpty() ? Reflection.VALUES : differing;
	}

	/** How an option fits a trade-off, as its content says. */
	public static ResultViews.Fit fit(Assessments.Suggestion suggestion, String value) {
		OptionContent c = suggestion.option().content();
		return c.priorities().good().contains(value) ? ResultViews.Fit.GOOD
				: c.priorities().poor().contains(value) ? ResultViews.Fit.POOR : ResultViews.Fit.NEUTRAL;
	}

	/**
	 * How an option fits what the patient said, in a word: {@code good} when the
	 * trade-offs that matter to them (rated {@link Reflection#MATTERS} or more, weighted
	 * by how much) lean toward it, {@code poor} when they lean against it, {@code mixed}
	 * when they balance, {@code none} when it is neither good nor poor at any.
	 */
	public static String verdict(Assessments.Suggestion suggestion, Reflection reflection) {
		int good = 0;
		int poor = 0;
		for (Map.Entry<String, Integer> rating : reflection.ratings().entrySet()) {
			int weight = rating.getValue() - Reflection.MATTERS + 1;
			if (weight > 0) {
				switch (fit(suggestion, rating.getKey())) {
					case GOOD -> good += weight;
					case POOR -> poor += weight;
					case NEUTRAL -> {
					}
				}
			}
		}
		if (good == 0 && poor == 0) {
			return "none";
		}
		return good > poor ? "good" : poor > good ? "poor" : "mixed";
	}

	private void appendTold(StringBuilder html, Answers answers) {
		html.append(told.around().before());
		for (String item : TOLD) {
			OptionalInt number = answers.integer(item);
			List<String> codes = number.isPresent() ? List.of(Integer.toString(number.getAsInt()))
					: answers.codes(item);
			if (codes.isEmpty()) {
				continue;
			}
			Hole row = required(told.rows(), item);
			html.append(row.before());
			for (String answer : codes) {
				html.append(required(told.values(), item + "=" + answer));
			}
			html.append(row.after());
		}
		html.append(told.around().after());
	}

	/**
	 * The way to the weighing page (issue 13), and once the patient has weighed their
	 * options, what they lean toward and how ready they feel.
	 */
	private void appendWeigh(StringBuilder html, String code, Reflection reflection) {
		List<String> invite = weigh.invite();
		html.append(invite.get(0));
		if (reflection.leaning() != null) {
			html.append(required(weigh.leanings(), reflection.leaning()));
		}
		String outcome = reflection.readinessOutcome();
		if (!outcome.isEmpty()) {
			html.append(required(weigh.outcomes(), outcome));
		}
		html.append(invite.get(1)).append(code).append(invite.get(2));
	}

	/** From the doctype to the opening of the page's main content. */
	public String top() {
		StringBuilder html = new StringBuilder();
		appendTop(html, Map.of());
		return html.toString();
	}

	/**
	 * The layout's top, with the page's address in each language where the layout names
	 * it ({@code #} where none is given).
	 */
	private void appendTop(StringBuilder html, Map<Language, String> alternates) {
		List<String> pieces = shell.top();
		html.append(pieces.get(0));
		for (int i = 1; i < pieces.size(); i++) {
			html.append(alternates.getOrDefault(shell.topHoles().get(i - 1), "#")).append(pieces.get(i));
		}
	}

	/** From the end of the page's main content to the closing tag. */
	public String bottom() {
		return shell.bottom();
	}

	/** The warning panel of a disposition; nothing for a routine one. */
	public String panel(String disposition) {
		return shell.panels().getOrDefault(disposition, "");
	}

	/** The page's heading and lead. */
	public String intro() {
		return shell.intro();
	}

	/**
	 * "Why the injection may not have worked", with each explanation; nothing when there
	 * is none.
	 */
	public String explanations(List<Explanation> explanations) {
		return section(sections.explanations(), explanations, Explanation::key);
	}

	/**
	 * "Next steps that may fit you": each option's card with its rank, stage, title and
	 * summary, the reasons it is suggested, its evidence and how invasive it is.
	 */
	public String cards(List<Assessments.Suggestion> suggestions) {
		return appendCards(new StringBuilder(1024 * (suggestions.size() + 1)), suggestions).toString();
	}

	private StringBuilder appendCards(StringBuilder html, List<Assessments.Suggestion> suggestions) {
		html.append(cards.section().before()).append(cards.top().before());
		List<Assessments.Suggestion> rest = new ArrayList<>();
		for (Assessments.Suggestion suggestion : suggestions) {
			RankedOption ranked = suggestion.ranked();
			if (ranked.rank() > FULL_CARDS) {
				rest.add(suggestion);
				continue;
			}
			html.append(cards.card().before())
				.append(cards.ranks().get(ranked.rank() - 1))
				.append(required(cards.heads(), ranked.slug()))
				.append(cards.reasons().before());
			for (String reason : ranked.reasons()) {
				html.append(required(cards.reasonItems(), reason));
			}
			html.append(cards.reasons().after());
			appendCautions(html, ranked);
			html.append(required(cards.foots(), ranked.slug())).append(cards.card().after());
		}
		html.append(cards.top().after());
		if (!rest.isEmpty()) {
			// the other options, compact and grouped by stage: the groups in the order of
			// their best option, each in rank order
			html.append(cards.others().before());
			Set<Stage> stages = new LinkedHashSet<>();
			rest.forEach(suggestion -> stages.add(suggestion.option().content().stage()));
			for (Stage stage : stages) {
				Hole group = required(cards.groups(), stage.code());
				html.append(group.before());
				for (Assessments.Suggestion suggestion : rest) {
					if (suggestion.option().content().stage() == stage) {
						RankedOption ranked = suggestion.ranked();
						html.append(cards.compact().before())
							.append(cards.compactRanks().get(ranked.rank() - 1))
							.append(required(cards.compactHeads(), ranked.slug()));
						appendCautions(html, ranked);
						html.append(cards.compact().after());
					}
				}
				html.append(group.after());
			}
			html.append(cards.others().after());
		}
		return html.append(cards.section().after());
	}

	private void appendCautions(StringBuilder html, RankedOption ranked) {
		if (!ranked.cautions().isEmpty()) {
			html.append(cards.cautions().before());
			for (String caution : ranked.cautions()) {
				html.append(required(cards.reasonItems(), caution));
			}
			html.append(cards.cautions().after());
		}
	}

	/**
	 * The safety net: the signs that mean "call emergency services now", then those that
	 * mean "contact a doctor today". Never empty: a release always has lines shown on
	 * every result.
	 */
	public String safetyNet(List<SafetyNetLine> lines) {
		return appendSafetyNet(new StringBuilder(2048), lines).toString();
	}

	private StringBuilder appendSafetyNet(StringBuilder html, List<SafetyNetLine> lines) {
		List<String> pieces = sections.safetyNet();
		html.append(pieces.get(0));
		for (SafetyNetLine.Level level : SafetyNetLine.Level.values()) {
			if (level.ordinal() > 0) {
				html.append(pieces.get(level.ordinal()));
			}
			for (SafetyNetLine line : lines) {
				if (line.level() == level) {
					html.append(required(sections.safetyLines(), line.key()));
				}
			}
		}
		return html.append(pieces.get(SafetyNetLine.Level.values().length));
	}

	/** "Questions to ask your doctor"; nothing when there is none. */
	public String questions(List<DoctorQuestion> questions) {
		return section(sections.questions(), questions, DoctorQuestion::key);
	}

	/** The closing notes: not a diagnosis, and start again. */
	public String tail() {
		return shell.tail();
	}

	/**
	 * A section holding one rendered item per element, in order; nothing when there are
	 * none.
	 */
	private static <T> String section(Section section, List<T> elements, Function<T, String> key) {
		return appendSection(new StringBuilder(2048), section, elements, key).toString();
	}

	private static <T> StringBuilder appendSection(StringBuilder html, Section section, List<T> elements,
			Function<T, String> key) {
		if (elements.isEmpty()) {
			return html;
		}
		html.append(section.around().before());
		for (T element : elements) {
			html.append(required(section.items(), key.apply(element)));
		}
		return html.append(section.around().after());
	}

	/**
	 * Every part comes from the same release as the result, so a missing one is a bug,
	 * not a blank.
	 */
	private static <T> T required(Map<String, T> parts, String key) {
		T part = parts.get(key);
		if (part == null) {
			throw new IllegalStateException("No rendered part for " + key + " on this release");
		}
		return part;
	}

	/** A part with a hole: what comes before the parts it holds, and after. */
	record Hole(String before, String after) {
	}

	/** The rendered parts of result pages on one release, by what they make up. */
	record Parts(Shell shell, Cards cards, Sections sections, Told told, Weigh weigh) {
	}

	/**
	 * The page around the patient's parts: its top and bottom, the warning panel of each
	 * disposition (by its code), the heading and lead, and the closing notes of a shared
	 * result and of a preview. Cut where a page puts its own values: the note that newer
	 * content exists (around the result's release number, then the current share code),
	 * and the links that carry the share code, with and without the compare link (around
	 * each place of the code).
	 */
	record Shell(List<String> top, List<Language> topHoles, String bottom, Map<String, String> panels, String intro,
			String tail, List<String> newer, List<String> actions, List<String> actionsWithCompare, String diary,
			List<String> share) {
	}

	/**
	 * "Next steps that may fit you": the section, the list of the top options and one
	 * full card, with holes; {@code ranks} run from 1 to the number of options;
	 * {@code heads} and {@code foots} (with the balance) are keyed by the option's slug;
	 * the reasons list and the cautions box hold reason items, keyed by the reason's text
	 * (cautions are rule reasons too). Then the other options: their section, a group per
	 * stage (by its code) and one compact card, with its rank and its head by slug.
	 */
	record Cards(Hole section, Hole top, Hole card, List<String> ranks, Map<String, String> heads,
			Map<String, String> foots, Hole reasons, Hole cautions, Map<String, String> reasonItems, Hole others,
			Map<String, Hole> groups, Hole compact, List<String> compactRanks, Map<String, String> compactHeads) {
	}

	/**
	 * "What you told us": the collapsed section, a row per item of {@link #TOLD} (keyed
	 * by its link id), and each answer's text keyed by {@code item=code} (an integer's
	 * value as its code).
	 */
	record Told(Hole around, Map<String, Hole> rows, Map<String, String> values) {
	}

	/**
	 * The way to the weighing page: the section cut at its hole and at the share code,
	 * where a weighed result says what the patient leans toward (by slug, and
	 * {@link Reflection#NOT_SURE}) and how ready they feel (the readiness outcomes by
	 * code).
	 */
	record Weigh(List<String> invite, Map<String, String> leanings, Map<String, String> outcomes) {
	}

	/**
	 * The sections that list the result's own elements: explanations and questions (keyed
	 * by their keys), and the safety net, cut at its holes (one per level), with its
	 * lines keyed by the line's key.
	 */
	record Sections(Section explanations, Section questions, List<String> safetyNet, Map<String, String> safetyLines) {
	}

	/** A section with a hole, and the items it can hold by key. */
	record Section(Hole around, Map<String, String> items) {
	}

}
