package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.Role;
import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.review.ReviewComment;
import org.nextsteps.review.ReviewException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clinical review of the draft (issue 16): what it changes, field by field, with the
 * hazards each change touches; an editor submits it with a summary and the hazards it
 * cites; a clinical reviewer who did not change it approves it or sends it back with
 * comments, on the whole and field by field.
 */
@Controller
@RequestMapping("/editor/review")
class ReviewController {

	static final String VIEW = "editor/review";

	private final ReviewFlow flow;

	ReviewController(ReviewFlow flow) {
		this.flow = flow;
	}

	/** A reviewer's decision as the form sends it: a comment and one per field. */
	public static class DecisionForm {

		private String comment = "";

		private Map<String, String> fields = new LinkedHashMap<>();

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment == null ? "" : comment;
		}

		public Map<String, String> getFields() {
			return fields;
		}

		public void setFields(Map<String, String> fields) {
			this.fields = fields == null ? new LinkedHashMap<>() : fields;
		}

		/** The comments written, the whole first; blank ones left out. */
		List<ReviewComment> comments() {
			List<ReviewComment> comments = new ArrayList<>();
			if (!comment.isBlank()) {
				comments.add(new ReviewComment(ReviewComment.WHOLE, comment.strip()));
			}
			fields.forEach((field, text) -> {
				if (text != null && !text.isBlank()) {
					comments.add(new ReviewComment(field, text.strip()));
				}
			});
			return comments;
		}

		boolean isTooLong() {
			return comment.length() > ReviewFlow.MAX_COMMENT
					|| fields.values().stream().anyMatch(t -> t != null && t.length() > ReviewFlow.MAX_COMMENT)
					|| fields.size() > 500;
		}

	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		return view(model, me, Map.of(), "", List.of(), new DecisionForm());
	}

	@PostMapping("/submit")
	String submit(@RequestParam(defaultValue = "") String summary,
			@RequestParam(name = "hazard", required = false) List<String> hazards,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> cited = hazards == null ? List.of() : hazards;
		try {
			flow.submit(me.getUsername(), summary, cited);
			Flash.add(redirect, "editor.flash.review-submitted");
			return "redirect:/editor/review";
		}
		catch (ReviewFlow.SubmitException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return view(model, me, ex.problems(), summary, cited, new DecisionForm());
		}
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('CLINICAL_REVIEWER')")
	String approve(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return decide(id, decision, true, me, model, redirect, response);
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasRole('CLINICAL_REVIEWER')")
	String sendBack(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return decide(id, decision, false, me, model, redirect, response);
	}

	private String decide(long id, DecisionForm decision, boolean approve, StaffPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, Object[]> problems = new LinkedHashMap<>();
		if (decision.isTooLong()) {
			problems.put("editor.review.error.comment-long", new Object[] { ReviewFlow.MAX_COMMENT });
		}
		else if (!approve && decision.comments().isEmpty()) {
			problems.put("editor.review.error.comment", new Object[0]);
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return view(model, me, problems, "", List.of(), decision);
		}
		try {
			if (approve) {
				flow.approve(id, me.getUsername(), decision.comments());
			}
			else {
				flow.sendBack(id, me.getUsername(), decision.comments());
			}
			Flash.add(redirect, approve ? "editor.flash.review-approved" : "editor.flash.review-returned");
			return "redirect:/editor/review";
		}
		catch (ReviewException ex) {
			HttpStatus status = ex.reason() == ReviewException.Reason.OWN_CHANGE ? HttpStatus.FORBIDDEN
					: HttpStatus.CONFLICT;
			response.setStatus(status.value());
			problems.put(
					"editor.review.error." + ex.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
					new Object[0]);
			return view(model, me, problems, "", List.of(), decision);
		}
	}

	private String view(Model model, StaffPrincipal me, Map<String, Object[]> problems, String summary,
			List<String> cited, DecisionForm decision) {
		ReviewFlow.Status status = flow.status();
		model.addAttribute("status", status);
		model.addAttribute("hazards", flow.hazards());
		model.addAttribute("problems", problems);
		model.addAttribute("summary", summary);
		model.addAttribute("cited", cited);
		model.addAttribute("decision", decision);
		model.addAttribute("maxSummary", ReviewFlow.MAX_SUMMARY);
		model.addAttribute("canReview", me.can(Role.CLINICAL_REVIEWER));
		model.addAttribute("me", me.getUsername());
		return VIEW;
	}

}
