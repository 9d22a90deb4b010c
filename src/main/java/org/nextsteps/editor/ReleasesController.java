package org.nextsteps.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.Role;
import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.ReleaseConflictException;
import org.nextsteps.release.ReleaseInfo;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The release history, the changes between any two releases, and rolling back to an
 * earlier one (publishers).
 */
@Controller
@RequestMapping("/editor/releases")
class ReleasesController {

	static final String HISTORY_VIEW = "editor/releases";

	static final String DIFF_VIEW = "editor/release-diff";

	static final String ROLLBACK_VIEW = "editor/rollback";

	private final Releases releases;

	private final Publishing publishing;

	private final org.nextsteps.review.Reviews reviews;

	ReleasesController(Releases releases, Publishing publishing, org.nextsteps.review.Reviews reviews) {
		this.reviews = reviews;
		this.releases = releases;
		this.publishing = publishing;
	}

	@GetMapping
	String history(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		List<ReleaseInfo> history = releases.history();
		model.addAttribute("history", history);
		model.addAttribute("signOffs", reviews.signOffs(history.stream().map(ReleaseInfo::id).toList()));
		model.addAttribute("currentId", releases.current().id());
		model.addAttribute("canPublish", me.can(Role.PUBLISHER));
		return HISTORY_VIEW;
	}

	@GetMapping("/diff")
	String diff(@RequestParam long from, @RequestParam long to, Model model) {
		PublishedRelease before = existing(from);
		PublishedRelease after = existing(to);
		model.addAttribute("from", before.info());
		model.addAttribute("to", after.info());
		model.addAttribute("changes", Changes.between(Changes.Version.of(before), Changes.Version.of(after)));
		model.addAttribute("history", releases.history());
		return DIFF_VIEW;
	}

	@GetMapping("/{id}/rollback")
	@PreAuthorize("hasRole('PUBLISHER')")
	String confirm(@PathVariable long id, Model model) {
		return rollbackView(model, existing(id), "", null);
	}

	@PostMapping("/{id}/rollback")
	@PreAuthorize("hasRole('PUBLISHER')")
	String rollBack(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PublishedRelease target = existing(id);
		if (note.isBlank() || note.length() > Publishing.MAX_NOTE) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return rollbackView(model, target, note, "editor.publish.error.note");
		}
		PublishedRelease release;
		try {
			release = publishing.rollBack(id, me.getUsername(), note.strip());
		}
		catch (ReleaseConflictException | ConcurrencyFailureException | DataIntegrityViolationException ex) {
			// Another publish or roll-back committed first: nothing of this one was
			// written.
			if (!ReleaseConflictException.isLostRace(ex)) {
				throw ex;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			releases.catchUp();
			return rollbackView(model, target, note, "editor.rollback.error.conflict");
		}
		Flash.add(redirect, "editor.flash.rolled-back", release.id(), id);
		return "redirect:/editor/releases";
	}

	private String rollbackView(Model model, PublishedRelease target, String note, String error) {
		PublishedRelease current = releases.current();
		model.addAttribute("target", target.info());
		model.addAttribute("current", current.info());
		model.addAttribute("changes", Changes.between(Changes.Version.of(current), Changes.Version.of(target)));
		model.addAttribute("pending", publishing.check().changes());
		model.addAttribute("note", note);
		model.addAttribute("error", error);
		model.addAttribute("maxNote", Publishing.MAX_NOTE);
		return ROLLBACK_VIEW;
	}

	private PublishedRelease existing(long id) {
		return releases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
