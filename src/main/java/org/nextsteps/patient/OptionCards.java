package org.nextsteps.patient;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.nextsteps.content.RenderedOption;
import org.nextsteps.release.PublishedRelease;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The static parts of every option's result card, rendered once per release with the same templates and
 * messages as the page. A result page then renders only what is personal: the rank and the reasons. Rendering
 * ten cards on every view was most of a result page's cost.
 *
 * <p>Kept per release object (weakly): published releases stay in memory while they are current or pinned by
 * share links, and an editor's draft preview, which has no stable id, is simply collected.
 */
@Component
class OptionCards {

	static final String TEMPLATE = "patient/card";

	private final SpringTemplateEngine engine;

	private final Map<PublishedRelease, Map<String, ResultViews.Card>> byRelease = new WeakHashMap<>();

	OptionCards(SpringTemplateEngine engine) {
		this.engine = engine;
	}

	/** The cards of every option of the release, by slug. */
	Map<String, ResultViews.Card> of(PublishedRelease release) {
		synchronized (byRelease) {
			Map<String, ResultViews.Card> cards = byRelease.get(release);
			if (cards != null) {
				return cards;
			}
		}
		Map<String, ResultViews.Card> rendered = new HashMap<>();
		for (RenderedOption option : release.options()) {
			rendered.put(option.slug(), new ResultViews.Card(render("head", option), render("foot", option)));
		}
		Map<String, ResultViews.Card> cards = Map.copyOf(rendered);
		synchronized (byRelease) {
			byRelease.putIfAbsent(release, cards);
		}
		return cards;
	}

	private String render(String fragment, RenderedOption option) {
		Context context = new Context(Locale.ENGLISH, Map.of("c", option.content()));
		return engine.process(TEMPLATE, Set.of(fragment), context).strip();
	}

}
