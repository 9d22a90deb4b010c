package org.nextsteps.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftOption;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The draft against the published release: what changed, who changed it last, and whether
 * the scenarios pass.
 */
@Controller
class DashboardController {

	static final String DASHBOARD_VIEW = "editor/dashboard";

	private final Publishing publishing;

	private final ContentDrafts options;

	private final RuleDrafts rules;

	DashboardController(Publishing publishing, ContentDrafts options, RuleDrafts rules) {
		this.publishing = publishing;
		this.options = options;
		this.rules = rules;
	}

	/** Who last changed a draft row, and when, by subject and key. */
	record LastChange(String by, java.time.Instant at) {
	}

	@GetMapping("/editor")
	String dashboard(Model model) {
		Map<String, LastChange> last = new LinkedHashMap<>();
		for (DraftOption option : options.options()) {
			last.put("option:" + option.slug(), new LastChange(option.updatedBy(), option.updatedAt()));
		}
		for (DraftRule rule : rules.rules()) {
			last.put("rule:" + rule.key(), new LastChange(rule.updatedBy(), rule.updatedAt()));
		}
		model.addAttribute("readiness", publishing.check());
		model.addAttribute("lastChanges", last);
		return DASHBOARD_VIEW;
	}

}
