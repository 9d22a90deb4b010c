package org.nextsteps.patient;

import java.time.Clock;
import java.time.LocalDate;

import org.nextsteps.system.Language;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Outcome;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The library of next steps, for patients who browse rather than answer questions. */
@Controller
class OptionPagesController {

	static final String LIBRARY_VIEW = "patient/options";

	static final String OPTION_VIEW = "patient/option";

	private final Releases releases;

	private final SourceCatalogue catalogue;

	private final Clock clock;

	private final IconArrays pictures;

	OptionPagesController(Releases releases, SourceCatalogue catalogue, Clock clock, IconArrays pictures) {
		this.releases = releases;
		this.catalogue = catalogue;
		this.clock = clock;
		this.pictures = pictures;
	}

	@GetMapping("/options")
	String library(Model model) {
		model.addAttribute("byStage", releases.current().in(Language.current()).optionsByStage());
		return LIBRARY_VIEW;
	}

	/**
	 * One option: its sources as citations (with the sources of its numbers), each
	 * number's own source, and whether it is past its review date today. A result made on
	 * an older release links to that release's page ({@code release}), which says that
	 * the page has changed since and links to the current one when the option still
	 * exists; a release that is not here is a 404.
	 */
	@GetMapping("/options/{slug}")
	String option(@PathVariable String slug, @RequestParam(required = false) Long release, Model model) {
		PublishedRelease current = releases.current().in(Language.current());
		PublishedRelease shown = (release == null || release == current.id()) ? current
				: releases.find(release)
					.map(r -> r.in(Language.current()))
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RenderedOption option = shown.option(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (shown != current) {
			model.addAttribute("olderRelease", shown.id());
			model.addAttribute("stillCurrent", current.option(slug).isPresent());
			model.addAttribute("contentRelease", shown);
		}
		OptionContent content = option.content();
		model.addAttribute("option", option);
		model.addAttribute("content", content);
		model.addAttribute("pageDescription", content.summary());
		model.addAttribute("pictures", pictures);
		model.addAttribute("citations", catalogue.citations(content));
		model.addAttribute("outcomeSources", catalogue.cite(content.outcomes().stream().map(Outcome::source).toList()));
		model.addAttribute("reviewOverdue", content.isReviewOverdue(LocalDate.now(clock)));
		return OPTION_VIEW;
	}

}
