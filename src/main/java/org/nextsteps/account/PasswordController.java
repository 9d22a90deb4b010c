package org.nextsteps.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every staff member changes their own password here, with the current one. Their other
 * sessions end; this one goes on (under a new session id).
 */
@Controller
@RequestMapping("/editor/password")
class PasswordController {

	static final String PASSWORD_VIEW = "account/password";

	private final Accounts accounts;

	private final StaffSessions sessions;

	PasswordController(Accounts accounts, StaffSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new UserForms.NewPassword());
		UserForms.passwordRules(model);
		return PASSWORD_VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") UserForms.NewPassword form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!result.hasErrors()) {
			try {
				StaffAccount changed = accounts.changeOwnPassword(me.getUsername(), form.getCurrentPassword(),
						form.getPassword());
				sessions.keepCurrent(changed, request, response);
				Flash.add(redirect, "account.flash.own-password");
				return "redirect:/editor";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			}
			catch (EditConflictException ex) {
				result.reject("account.error.password-conflict");
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		UserForms.passwordRules(model);
		return PASSWORD_VIEW;
	}

}
