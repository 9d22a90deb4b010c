package org.nextsteps.resultpage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RankedOption;

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

	private final Priorities priorities;

	private final Sections sections;

	ResultPage(Parts parts) {
		this.shell = parts.shell();
		this.cards = parts.cards();
		this.priorities = parts.priorities();
		this.sections = parts.sections();
	}

	/**
	 * The whole result page of a result, in the order result.html gave it: the layout's
	 * top, the warning panel, heading and lead, a note when newer content exists, the
	 * explanations, the cards, the safety net, the links that carry the share code (a
	 * shared result only), what matters to the patient, the questions and the closing
	 * notes. Joined in one buffer: a result page is the patient's hottest path.
	 * @param code the share code, or {@code null} for a preview
	 * @param currentCode the share code of the same answers on the current release, when
	 * the result's release is an older one
	 * @param priorities how the compared options fit the patient's priorities, or
	 * {@code null}
	 * @param compareCount how many options the compare page would show
	 */
	public String whole(Assessments.Result result, @Nullable String code, @Nullable String currentCode,
			@Nullable List<ResultViews.PriorityRow> priorities, @Nullable Integer compareCount) {
		StringBuilder html = new StringBuilder(PAGE_CAPACITY).append(top())
			.append(panel(result.evaluation().disposition().code()))
			.append(intro());
		if (currentCode != null) {
			List<String> newer = shell.newer();
			html.append(newer.get(0))
				.append(result.release().id())
				.append(newer.get(1))
				.append(currentCode)
				.append(newer.get(2));
		}
		appendSection(html, sections.explanations(), result.explanations(), Explanation::key);
		appendCards(html, result.suggestions());
		appendSafetyNet(html, result.safetyNet());
		if (code != null) {
			List<String> actions = (compareCount != null && compareCount > 1) ? shell.actionsWithCompare()
					: shell.actions();
			html.append(actions.get(0));
			for (int i = 1; i < actions.size(); i++) {
				html.append(code).append(actions.get(i));
			}
		}
		if (priorities != null && !priorities.isEmpty()) {
			html.append(this.priorities.matters().before());
			appendPriorities(html, priorities);
			html.append(this.priorities.matters().after());
		}
		appendSection(html, sections.questions(), result.questions(), DoctorQuestion::key);
		return html.append(tail(code != null)).append(bottom()).toString();
	}

	/** From the doctype to the opening of the page's main content. */
	public String top() {
		return shell.top();
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
		html.append(cards.section().before());
		for (Assessments.Suggestion suggestion : suggestions) {
			RankedOption ranked = suggestion.ranked();
			html.append(cards.card().before())
				.append(cards.ranks().get(ranked.rank() - 1))
				.append(required(cards.heads(), ranked.slug()))
				.append(cards.reasons().before());
			for (String reason : ranked.reasons()) {
				html.append(required(cards.reasonItems(), reason));
			}
			html.append(cards.reasons().after());
			if (!ranked.cautions().isEmpty()) {
				html.append(cards.cautions().before());
				for (String caution : ranked.cautions()) {
					html.append(required(cards.reasonItems(), caution));
				}
				html.append(cards.cautions().after());
			}
			html.append(required(ranked.rank() <= FULL_CARDS ? cards.foots() : cards.shortFoots(), ranked.slug()))
				.append(cards.card().after());
		}
		return html.append(cards.section().after());
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

	/**
	 * "What matters to you", with how the compared options fit each priority; nothing
	 * when none was chosen.
	 */
	public String matters(@Nullable List<ResultViews.PriorityRow> rows) {
		if (rows == null || rows.isEmpty()) {
			return "";
		}
		return priorities.matters().before() + priorities(rows) + priorities.matters().after();
	}

	/** The table of how the compared options fit each priority the patient chose. */
	public String priorities(List<ResultViews.PriorityRow> rows) {
		if (rows.isEmpty()) {
			return "";
		}
		return appendPriorities(new StringBuilder(2048), rows).toString();
	}

	private StringBuilder appendPriorities(StringBuilder html, List<ResultViews.PriorityRow> rows) {
		List<String> table = priorities.table();
		html.append(table.get(0));
		for (ResultViews.OptionFit column : rows.get(0).fits()) {
			html.append(required(priorities.columns(), column.slug()));
		}
		html.append(table.get(1));
		for (ResultViews.PriorityRow row : rows) {
			Hole priority = required(priorities.rows(), row.priority());
			html.append(priority.before());
			for (ResultViews.OptionFit fit : row.fits()) {
				html.append(required(priorities.fits(), fit.fit().code()));
			}
			html.append(priority.after());
		}
		return html.append(table.get(2));
	}

	/** "Questions to ask your doctor"; nothing when there is none. */
	public String questions(List<DoctorQuestion> questions) {
		return section(sections.questions(), questions, DoctorQuestion::key);
	}

	/**
	 * The closing notes; a shared result also says that the page's address is its share
	 * link.
	 */
	public String tail(boolean shared) {
		return shared ? shell.sharedTail() : shell.previewTail();
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
	record Parts(Shell shell, Cards cards, Priorities priorities, Sections sections) {
	}

	/**
	 * The page around the patient's parts: its top and bottom, the warning panel of each
	 * disposition (by its code), the heading and lead, and the closing notes of a shared
	 * result and of a preview. Cut where a page puts its own values: the note that newer
	 * content exists (around the result's release number, then the current share code),
	 * and the links that carry the share code, with and without the compare link (around
	 * each place of the code).
	 */
	record Shell(String top, String bottom, Map<String, String> panels, String intro, String sharedTail,
			String previewTail, List<String> newer, List<String> actions, List<String> actionsWithCompare) {
	}

	/**
	 * "Next steps that may fit you": the section and one card, with holes; {@code ranks}
	 * run from 1 to the number of options; {@code heads} and {@code foots} (with the
	 * balance, for the top options) and {@code shortFoots} are keyed by the option's
	 * slug; the reasons list and the cautions box hold reason items, keyed by the
	 * reason's text (cautions are rule reasons too).
	 */
	record Cards(Hole section, Hole card, List<String> ranks, Map<String, String> heads, Map<String, String> foots,
			Map<String, String> shortFoots, Hole reasons, Hole cautions, Map<String, String> reasonItems) {
	}

	/**
	 * "What matters to you": the section, with a hole for the table; the table cut at its
	 * two holes (the columns' headings, then the rows); {@code columns} keyed by the
	 * option's slug, {@code rows} by the priority's answer code, {@code fits} by
	 * {@link ResultViews.Fit#code()}.
	 */
	record Priorities(Hole matters, List<String> table, Map<String, String> columns, Map<String, Hole> rows,
			Map<String, String> fits) {
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
