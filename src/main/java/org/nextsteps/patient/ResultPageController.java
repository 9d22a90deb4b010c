package org.nextsteps.patient;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A result, rebuilt from its share link on any instance and at any time, from the release it was made on.
 * The URL holds health answers, so the page tells browsers to send no referrer (see the security headers).
 */
@Controller
class ResultPageController {

	static final String RESULT_VIEW = "patient/result";

	private final Assessments assessments;

	ResultPageController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/r/{code}")
	String result(@PathVariable String code, Model model) {
		Assessments.SharedResult shared = assessments.fromCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		Assessments.Result result = shared.result().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("result", result);
		model.addAttribute("contentRelease", result.release());
		if (shared.newerReleaseExists()) {
			model.addAttribute("currentCode", assessments.assess(result.answers()).code());
		}
		return RESULT_VIEW;
	}

}
