package org.nextsteps.patient;

import org.nextsteps.content.RenderedOption;
import org.nextsteps.release.Releases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The library of next steps, for patients who browse rather than answer questions. */
@Controller
class OptionPagesController {

	static final String LIBRARY_VIEW = "patient/options";

	static final String OPTION_VIEW = "patient/option";

	private final Releases releases;

	OptionPagesController(Releases releases) {
		this.releases = releases;
	}

	@GetMapping("/options")
	String library(Model model) {
		model.addAttribute("byStage", releases.current().optionsByStage());
		return LIBRARY_VIEW;
	}

	@GetMapping("/options/{slug}")
	String option(@PathVariable String slug, Model model) {
		RenderedOption option = releases.current()
			.option(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("option", option);
		model.addAttribute("content", option.content());
		return OPTION_VIEW;
	}

}
