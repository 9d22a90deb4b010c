package org.nextsteps.account;

import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * Administrators add staff, change their role, switch them off, set passwords and lift
 * sign-in waits. A new role, switching off and a new password end that person's sessions;
 * an administrator changing their own account keeps the session they did it in.
 */
@Controller
@RequestMapping("/editor/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

	static final String USERS_VIEW = "account/users";

	static final String USER_VIEW = "account/user";

	private final Accounts accounts;

	static final String RESET_FACTORS_VIEW = "account/reset-factors";

	private final StaffSessions sessions;

	private final Passkeys passkeys;

	UsersController(Accounts accounts, StaffSessions sessions, Passkeys passkeys) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.passkeys = passkeys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new UserForms.NewUser());
		return listView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForms.NewUser form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				StaffAccount created = accounts.create(form.getUsername(), form.getDisplayName(), form.chosenRole(),
						form.getPassword(), me.getUsername());
				Flash.add(redirect, "account.flash.created", created.username());
				return "redirect:/editor/users";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return listView(model);
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		StaffAccount account = existing(username);
		model.addAttribute("form", UserForms.EditUser.of(account));
		return userView(account, model);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @Valid @ModelAttribute("form") UserForms.EditUser form,
			BindingResult result, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = existing(username);
		if (!result.hasErrors()) {
			try {
				StaffAccount updated = accounts.update(account.username(), form.getDisplayName(), form.chosenRole(),
						form.isEnabled(), form.getVersion(), me.getUsername());
				sessions.keepCurrent(updated, request, response);
				Flash.add(redirect, "account.flash.updated", account.username());
				return "redirect:/editor/users";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			}
			catch (EditConflictException ex) {
				StaffAccount now = existing(username);
				model.addAttribute("form", UserForms.EditUser.of(now));
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				return userView(now, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return userView(account, model);
	}

	@PostMapping("/{username}/password")
	String setPassword(@PathVariable String username, @ModelAttribute("passwordForm") UserForms.NewPassword form,
			BindingResult result, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = existing(username);
		try {
			StaffAccount updated = accounts.setPassword(account.username(), form.getPassword(), me.getUsername());
			sessions.keepCurrent(updated, request, response);
			Flash.add(redirect, "account.flash.password", account.username());
			return "redirect:/editor/users";
		}
		catch (AccountException ex) {
			result.rejectValue("password", ex.messageKey(), ex.args(), null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (EditConflictException ex) {
			// saved by someone else at the same moment: nothing was written, the page
			// shows the account as it is now
			account = existing(username);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("form", UserForms.EditUser.of(account));
		return userView(account, model);
	}

	/** "Are you sure?" before the factors are reset. */
	@GetMapping("/{username}/factors/reset")
	String confirmResetFactors(@PathVariable String username, Model model) {
		StaffAccount account = existing(username);
		model.addAttribute("account", account);
		model.addAttribute("passkeys", passkeys.of(account.username()));
		return RESET_FACTORS_VIEW;
	}

	/**
	 * Removes every passkey of the account and ends all its sessions (here and in the
	 * shared session store); the person registers a new passkey at their next sign-in.
	 */
	@PostMapping("/{username}/factors/reset")
	String resetFactors(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		StaffAccount account = existing(username);
		try {
			accounts.resetFactors(account.username(), me.getUsername());
		}
		catch (EditConflictException ex) {
			account = existing(username);
			model.addAttribute("form", UserForms.EditUser.of(account));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return userView(account, model);
		}
		sessions.endAll(account.username());
		Flash.add(redirect, "account.flash.factors", account.username());
		return "redirect:/editor/users";
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me,
			RedirectAttributes redirect) {
		accounts.unlock(username, me.getUsername());
		Flash.add(redirect, "account.flash.unlocked", Accounts.normalize(username));
		return "redirect:/editor/users";
	}

	private String listView(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("waits", accounts.waits());
		model.addAttribute("roles", Role.values());
		UserForms.passwordRules(model);
		return USERS_VIEW;
	}

	private String userView(StaffAccount account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		UserForms.passwordRules(model);
		model.addAttribute("waitUntil", accounts.waitUntil(account.username()).orElse(null));
		model.addAttribute("passkeys", passkeys.of(account.username()));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new UserForms.NewPassword());
		}
		return USER_VIEW;
	}

	private StaffAccount existing(String username) {
		return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
