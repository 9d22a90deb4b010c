package org.nextsteps.patient.api;

import java.util.List;

import org.nextsteps.content.OptionContent;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published content of every option, as in contract/api.md. */
@RestController
@RequestMapping(path = "/api/v1/options", produces = "application/json")
class OptionsApiController {

	private final Releases releases;

	OptionsApiController(Releases releases) {
		this.releases = releases;
	}

	@GetMapping
	OptionList all() {
		PublishedRelease release = releases.current();
		return new OptionList(String.valueOf(release.id()),
				release.options().stream().map(RenderedOption::content).toList());
	}

	@GetMapping("/{slug}")
	OptionContent one(@PathVariable String slug) {
		return releases.current()
			.option(slug)
			.map(RenderedOption::content)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No option with that slug"));
	}

	record OptionList(String release, List<OptionContent> options) {
	}

}
