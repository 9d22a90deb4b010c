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

	private final Parts parts;

	ResultPage(Parts parts) {
		this.parts = parts;
	}

	/** From the doctype to the opening of the page's main content. */
	public String top() {
		return parts.top();
	}

	/** From the end of the page's main content to the closing tag. */
	public String bottom() {
		return parts.bottom();
	}

	/** The warning panel of a disposition; nothing for a routine one. */
	public String panel(String disposition) {
		return parts.panels().getOrDefault(disposition, "");
	}

	/** The page's heading and lead. */
	public String intro() {
		return parts.intro();
	}

	/**
	 * "Why the injection may not have worked", with each explanation; nothing when there
	 * is none.
	 */
	public String explanations(List<Explanation> explanations) {
		return section(parts.why(), parts.explanations(), explanations, Explanation::key);
	}

	/**
	 * "Next steps that may fit you": each option's card with its rank, stage, title and
	 * summary, the reasons it is suggested, its evidence and how invasive it is.
	 */
	public String cards(List<Assessments.Suggestion> suggestions) {
		StringBuilder html = new StringBuilder(1024 * (suggestions.size() + 1)).append(parts.steps().before());
		for (Assessments.Suggestion suggestion : suggestions) {
			RankedOption ranked = suggestion.ranked();
			html.append(parts.card().before())
				.append(parts.ranks().get(ranked.rank() - 1))
				.append(required(parts.heads(), ranked.slug()))
				.append(parts.reasons().before());
			for (String reason : ranked.reasons()) {
				html.append(required(parts.reasonItems(), reason));
			}
			html.append(parts.reasons().after());
			if (!ranked.cautions().isEmpty()) {
				html.append(parts.cautions().before());
				for (String caution : ranked.cautions()) {
					html.append(required(parts.reasonItems(), caution));
				}
				html.append(parts.cautions().after());
			}
			html.append(required(parts.foots(), ranked.slug())).append(parts.card().after());
		}
		return html.append(parts.steps().after()).toString();
	}

	/**
	 * The safety net: the signs that mean "call emergency services now", then those that
	 * mean "contact a doctor today". Never empty: a release always has lines shown on
	 * every result.
	 */
	public String safetyNet(List<SafetyNetLine> lines) {
		StringBuilder html = new StringBuilder(2048).append(parts.safety().get(0));
		for (SafetyNetLine.Level level : SafetyNetLine.Level.values()) {
			if (level.ordinal() > 0) {
				html.append(parts.safety().get(level.ordinal()));
			}
			for (SafetyNetLine line : lines) {
				if (line.level() == level) {
					html.append(required(parts.safetyLines(), line.key()));
				}
			}
		}
		return html.append(parts.safety().get(SafetyNetLine.Level.values().length)).toString();
	}

	/**
	 * "What matters to you", with how the compared options fit each priority; nothing
	 * when none was chosen.
	 */
	public String matters(@Nullable List<ResultViews.PriorityRow> rows) {
		if (rows == null || rows.isEmpty()) {
			return "";
		}
		return parts.matters().before() + priorities(rows) + parts.matters().after();
	}

	/** The table of how the compared options fit each priority the patient chose. */
	public String priorities(List<ResultViews.PriorityRow> rows) {
		if (rows.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(2048).append(parts.table().get(0));
		for (ResultViews.OptionFit column : rows.get(0).fits()) {
			html.append(required(parts.columns(), column.slug()));
		}
		html.append(parts.table().get(1));
		for (ResultViews.PriorityRow row : rows) {
			Hole priority = required(parts.priorityRows(), row.priority());
			html.append(priority.before());
			for (ResultViews.OptionFit fit : row.fits()) {
				html.append(required(parts.fits(), fit.fit().code()));
			}
			html.append(priority.after());
		}
		return html.append(parts.table().get(2)).toString();
	}

	/** "Questions to ask your doctor"; nothing when there is none. */
	public String questions(List<DoctorQuestion> questions) {
		return section(parts.questions(), parts.questionItems(), questions, DoctorQuestion::key);
	}

	/**
	 * The closing notes; a shared result also says that the page's address is its share
	 * link.
	 */
	public String tail(boolean shared) {
		return shared ? parts.sharedTail() : parts.previewTail();
	}

	/**
	 * A section holding one rendered item per element, in order; nothing when there are
	 * none.
	 */
	private static <T> String section(Hole section, Map<String, String> items, List<T> elements,
			Function<T, String> key) {
		if (elements.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(2048).append(section.before());
		for (T element : elements) {
			html.append(required(items, key.apply(element)));
		}
		return html.append(section.after()).toString();
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

	/**
	 * The rendered parts. {@code ranks} run from 1 to the number of options;
	 * {@code reasonItems} are keyed by the reason's text, {@code priorityRows} by the
	 * priority's answer code, {@code fits} by {@link ResultViews.Fit#fit()};
	 * {@code table} is the priorities table cut at its two holes (the columns' headings,
	 * then the rows); {@code safety} is the safety net cut at its holes (one per level),
	 * and {@code safetyLines} are keyed by the line's key. Cautions are rule reasons, so
	 * their items are reason items.
	 */
	record Parts(String top, String bottom, Map<String, String> panels, String intro, Hole why,
			Map<String, String> explanations, Hole steps, Hole card, List<String> ranks, Map<String, String> heads,
			Hole reasons, Map<String, String> reasonItems, Map<String, String> foots, Hole matters, List<String> table,
			Map<String, String> columns, Map<String, Hole> priorityRows, Map<String, String> fits, Hole questions,
			Map<String, String> questionItems, String sharedTail, String previewTail, List<String> safety,
			Map<String, String> safetyLines, Hole cautions) {
	}

}
