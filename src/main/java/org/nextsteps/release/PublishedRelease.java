package org.nextsteps.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.CompiledRuleSet;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleProblem;
import org.nextsteps.pathway.RuleTargets;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleSetCompiler;
import org.nextsteps.system.Language;

/**
 * A published release, loaded once and shared by every request: immutable, with
 * everything pages need (rendered texts, look-ups by key, grouping by stage) computed up
 * front.
 */
public final class PublishedRelease {

	private final ReleaseInfo info;

	private final ContentSnapshot content;

	private final Map<String, RenderedOption> options;

	private final Map<Stage, List<RenderedOption>> byStage;

	private final Map<String, Explanation> explanations;

	private final Map<String, DoctorQuestion> questions;

	private final Map<String, SafetyNetLine> safetyNet;

	private final List<SafetyNetLine> alwaysShown;

	private final LocalDate reviewedOn;

	private final CompiledRuleSet rules;

	/** The language of this view of the release. */
	private final Language language;

	/** The English view: this one, or the one this Spanish view belongs to. */
	private final PublishedRelease english;

	/** The Spanish view, held by the English one ({@code null} on the Spanish view). */
	private final @Nullable PublishedRelease spanish;

	/**
	 * @throws org.nextsteps.pathway.InvalidRulesException when a rule does not fit the
	 * questionnaire or this content (a release is never made from such a table)
	 */
	PublishedRelease(ReleaseInfo info, ContentSnapshot content, List<RuleDefinition> rules) {
		this(info, content, rules, null);
	}

	/**
	 * The English release, or ({@code english} given) its Spanish view: the content and
	 * rule reasons through the release's Spanish, each text without one left in English.
	 */
	private PublishedRelease(ReleaseInfo info, ContentSnapshot content, List<RuleDefinition> rules,
			@Nullable PublishedRelease english) {
		this.info = info;
		this.content = content;
		var rendered = new LinkedHashMap<String, RenderedOption>();
		var stages = new EnumMap<Stage, List<RenderedOption>>(Stage.class);
		LocalDate latest = LocalDate.MIN;
		for (OptionContent option : content.options()) {
			RenderedOption r = RenderedOption.of(option);
			rendered.put(option.slug(), r);
			stages.computeIfAbsent(option.stage(), s -> new ArrayList<>()).add(r);
			if (option.lastReviewed() != null && option.lastReviewed().isAfter(latest)) {
				latest = option.lastReviewed();
			}
		}
		stages.replaceAll((stage, list) -> List.copyOf(list));
		this.options = Collections.unmodifiableMap(rendered);
		this.byStage = Collections.unmodifiableMap(stages);
		var ex = new LinkedHashMap<String, Explanation>();
		content.explanations().forEach(e -> ex.put(e.key(), e));
		this.explanations = Collections.unmodifiableMap(ex);
		var qs = new LinkedHashMap<String, DoctorQuestion>();
		content.questions().forEach(q -> qs.put(q.key(), q));
		this.questions = Collections.unmodifiableMap(qs);
		var lines = new LinkedHashMap<String, SafetyNetLine>();
		content.safetyNet().forEach(line -> lines.put(line.key(), line));
		this.safetyNet = Collections.unmodifiableMap(lines);
		this.alwaysShown = content.safetyNet()
			.stream()
			.filter(SafetyNetLine::always)
			.sorted(Comparator.comparing(SafetyNetLine::level))
			.toList();
		this.reviewedOn = latest.equals(LocalDate.MIN) ? null : latest;
		this.rules = RuleSetCompiler.compile(rules, RuleTargets.of(content));
		this.language = english == null ? Language.ENGLISH : Language.SPANISH;
		this.english = english == null ? this : english;
		if (english != null) {
			this.spanish = null;
		}
		else if (content.spanish().isEmpty()) {
			this.spanish = new PublishedRelease(info, this, Language.SPANISH, this);
		}
		else {
			Map<String, String> dictionary = content.spanish();
			UnaryOperator<String> toSpanish = text -> text == null ? null : dictionary.getOrDefault(text, text);
			this.spanish = new PublishedRelease(info, content.translated(toSpanish),
					rules.stream().map(rule -> rule.translated(toSpanish)).toList(), this);
		}
	}

	/**
	 * The same content and compiled rules under another name, or in another language: an
	 * English view (its {@code english} is {@code null}) gets a Spanish view of its own,
	 * made from {@code compiled}'s.
	 */
	private PublishedRelease(ReleaseInfo info, PublishedRelease compiled, Language language,
			@Nullable PublishedRelease english) {
		this.info = info;
		this.content = compiled.content;
		this.options = compiled.options;
		this.byStage = compiled.byStage;
		this.explanations = compiled.explanations;
		this.questions = compiled.questions;
		this.safetyNet = compiled.safetyNet;
		this.alwaysShown = compiled.alwaysShown;
		this.reviewedOn = compiled.reviewedOn;
		this.rules = compiled.rules;
		this.language = language;
		this.english = english == null ? this : english;
		this.spanish = english == null ? new PublishedRelease(info,
				compiled.spanish == null ? compiled : compiled.spanish, Language.SPANISH, this) : null;
	}

	/**
	 * This release as another one, e.g. a checked draft as the release it is published
	 * as: nothing is compiled again.
	 */
	PublishedRelease as(ReleaseInfo info) {
		return new PublishedRelease(info, english, Language.ENGLISH, null);
	}

	/** The language of this view. */
	public Language language() {
		return language;
	}

	/**
	 * This release in a language (issue 14): the same release, rules and ids, with the
	 * patient's texts of that language. Made when the release is loaded: nothing is
	 * translated on a request.
	 */
	public PublishedRelease in(Language language) {
		return language == Language.SPANISH ? english.spanish : english;
	}

	/**
	 * Whether every result of this release carries a safety net at both levels. Releases
	 * published before safety nets existed (2026-12-01) do not; a new release must.
	 * @throws InvalidRulesException when it does not
	 */
	void requireSafetyNet() {
		for (SafetyNetLine.Level level : SafetyNetLine.Level.values()) {
			if (alwaysShown.stream().noneMatch(line -> line.level() == level)) {
				throw new InvalidRulesException(
						List.of(RuleProblem.of(null, RuleProblem.Code.SAFETY_NET_LEVEL, level.code())));
			}
		}
	}

	/** The decision table of this release, compiled once for the evaluator. */
	public CompiledRuleSet rules() {
		return rules;
	}

	public long id() {
		return info.id();
	}

	public ReleaseInfo info() {
		return info;
	}

	public ContentSnapshot content() {
		return content;
	}

	/** The date the newest piece of content was last reviewed. */
	public LocalDate reviewedOn() {
		return reviewedOn;
	}

	public List<RenderedOption> options() {
		return List.copyOf(options.values());
	}

	public Optional<RenderedOption> option(String slug) {
		return Optional.ofNullable(options.get(slug));
	}

	public Map<Stage, List<RenderedOption>> optionsByStage() {
		return byStage;
	}

	public Optional<Explanation> explanation(String key) {
		return Optional.ofNullable(explanations.get(key));
	}

	public Optional<DoctorQuestion> question(String key) {
		return Optional.ofNullable(questions.get(key));
	}

	/**
	 * The safety net of one result: the lines every result carries and those the rules
	 * added for its answers, the emergency lines first, each line once.
	 */
	public List<SafetyNetLine> safetyNet(List<String> addedKeys) {
		if (addedKeys.isEmpty()) {
			return alwaysShown; // most results: sorted once, when the release was loaded
		}
		List<SafetyNetLine> lines = new ArrayList<>(alwaysShown);
		for (String key : addedKeys) {
			SafetyNetLine line = safetyNet.get(key);
			if (line != null && !lines.contains(line)) {
				lines.add(line);
			}
		}
		lines.sort(Comparator.comparing(SafetyNetLine::level));
		return List.copyOf(lines);
	}

}
