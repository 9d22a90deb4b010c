package org.nextsteps.editor;

import org.nextsteps.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, for administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final String AUDIT_VIEW = "editor/audit";

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/editor/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, Math.min(page, 1_000_000));
		long total = audit.count();
		model.addAttribute("entries", audit.page(current, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		model.addAttribute("total", total);
		return AUDIT_VIEW;
	}

}
