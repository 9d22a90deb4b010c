package org.nextsteps.patient.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.nextsteps.system.Language;
import org.nextsteps.content.Citation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published content of every option, as in contract/api.md, with three additions:
 * {@code citations} (every source it cites, as the catalogue knows it),
 * {@code nextReview} and {@code reviewOverdue}.
 */
@RestController
@RequestMapping(path = "/api/v1/options", produces = "application/json")
class OptionsApiController {

	private final Releases releases;

	private final SourceCatalogue catalogue;

	private final Clock clock;

	private final MessageSource messages;

	OptionsApiController(Releases releases, SourceCatalogue catalogue, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.releases = releases;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping
	OptionList all() {
		PublishedRelease release = releases.current().in(Language.current());
		LocalDate today = LocalDate.now(clock);
		return new OptionList(String.valueOf(release.id()),
				release.options().stream().map(option -> view(option.content(), today)).toList());
	}

	@GetMapping("/{slug}")
	OptionView one(@PathVariable String slug) {
		return releases.current()
			.in(Language.current())
			.option(slug)
			.map(RenderedOption::content)
			.map(content -> view(content, LocalDate.now(clock)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					messages.getMessage("api.error.no-option", null, LocaleContextHolder.getLocale())));
	}

	private OptionView view(OptionContent content, LocalDate today) {
		return new OptionView(content, catalogue.citations(content), content.nextReview(),
				content.isReviewOverdue(today));
	}

	record OptionList(String release, List<OptionView> options) {
	}

	/**
	 * An option's fields as published, and beside them what the site adds: each source as
	 * a citation ({@code cited} is the text in {@code sources} or in an outcome's
	 * {@code source}), the next review date and whether it has passed.
	 */
	record OptionView(@JsonUnwrapped OptionContent option, List<Citation> citations, @Nullable LocalDate nextReview,
			boolean reviewOverdue) {
	}

}
