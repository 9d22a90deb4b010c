package org.nextsteps.editor;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.Role;
import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.release.DraftChangedException;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.ReleaseConflictException;
import org.nextsteps.release.Releases;
import org.nextsteps.system.Flash;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What publishing would change and whether the scenarios pass (every staff member may
 * look), and the publish itself (publishers only).
 */
@Controller
@RequestMapping("/editor/publish")
class PublishController {

	static final String PUBLISH_VIEW = "editor/publish";

	private final Publishing publishing;

	private final Releases releases;

	private final org.nextsteps.review.Reviews reviews;

	PublishController(Publishing publishing, Releases releases, org.nextsteps.review.Reviews reviews) {
		this.reviews = reviews;
		this.publishing = publishing;
		this.releases = releases;
	}

	@GetMapping
	String check(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		return view(model, me, publishing.check(), null, "", false, "", "");
	}

	@PostMapping
	@PreAuthorize("hasRole('PUBLISHER')")
	String publish(@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String checksum,
			@RequestParam(defaultValue = "false") boolean override, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean emergency,
			@RequestParam(defaultValue = "") String emergencyReason, @AuthenticationPrincipal StaffPrincipal me,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (emergency && !me.can(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("Only administrators");
		}
		String error = null;
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (note.isBlank() || note.length() > Publishing.MAX_NOTE) {
			error = "editor.publish.error.note";
		}
		else if (reason.length() > Publishing.MAX_REASON || emergencyReason.length() > Publishing.MAX_REASON) {
			error = "editor.publish.error.reason-long";
		}
		else if (emergency && emergencyReason.isBlank()) {
			error = "editor.publish.error.emergency-reason";
		}
		else {
			try {
				PublishedRelease release = publishing.publish(me.getUsername(), note.strip(), checksum, override,
						reason, emergency ? emergencyReason : null);
				Flash.add(redirect, "editor.flash.published", release.id());
				return "redirect:/editor/releases";
			}
			catch (Publishing.ScenariosFailedException ex) {
				error = override ? "editor.publish.error.reason" : "editor.publish.error.checks";
				status = override ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
			}
			catch (Publishing.SpanishMissingException ex) {
				error = "editor.publish.error.spanish";
				status = HttpStatus.CONFLICT;
			}
			catch (Publishing.NotApprovedException ex) {
				error = "editor.publish.error.not-approved";
				status = HttpStatus.CONFLICT;
			}
			catch (DraftChangedException ex) {
				error = "editor.publish.error.changed";
				status = HttpStatus.CONFLICT;
			}
			catch (ReleaseConflictException | ConcurrencyFailureException | DataIntegrityViolationException ex) {
				// Another publish or roll-back committed first (the database refused a
				// second release with its number):
				// nothing of this one was written. Any other refusal is a fault, shown as
				// one.
				if (!ReleaseConflictException.isLostRace(ex)) {
					throw ex;
				}
				error = "editor.publish.error.conflict";
				status = HttpStatus.CONFLICT;
				releases.catchUp();
			}
			catch (InvalidRulesException ex) {
				error = "editor.publish.error.invalid";
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		return view(model, me, publishing.check(), error, note, override, reason, emergencyReason);
	}

	private String view(Model model, StaffPrincipal me, Publishing.Readiness readiness, String error, String note,
			boolean override, String reason, String emergencyReason) {
		model.addAttribute("readiness", readiness);
		model.addAttribute("approval",
				readiness.compiles() ? reviews.approvalFor(readiness.draft().checksum()).orElse(null) : null);
		model.addAttribute("canEmergency", me.can(Role.ADMIN));
		model.addAttribute("emergencyReason", emergencyReason);
		model.addAttribute("canPublish", me.can(Role.PUBLISHER));
		model.addAttribute("error", error);
		model.addAttribute("note", note);
		model.addAttribute("override", override);
		model.addAttribute("reason", reason);
		model.addAttribute("maxNote", Publishing.MAX_NOTE);
		model.addAttribute("maxReason", Publishing.MAX_REASON);
		return PUBLISH_VIEW;
	}

}
