package org.nextsteps.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door and the urgent-help page that every page links to in the same place.
 * (The About page shows the current release, so the patient module serves it.)
 */
@Controller
class HomeController {

	static final String HOME_VIEW = "system/home";

	static final String URGENT_HELP_VIEW = "system/urgent-help";

	@GetMapping("/")
	String home() {
		return HOME_VIEW;
	}

	@GetMapping("/urgent-help")
	String urgentHelp() {
		return URGENT_HELP_VIEW;
	}

}
