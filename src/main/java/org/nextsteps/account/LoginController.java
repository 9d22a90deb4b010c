package org.nextsteps.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form post; after a failure it comes back
 * here, and the page says how long to wait (and whether because of this username, this
 * address or the whole site), that sign-in cannot be checked just now, or, for every
 * other failure, the same neutral message. It also says when a session was ended because
 * its account changed, or because it lasted too long.
 * <p>
 * The second step of sign-in is here too: someone signed in with a password only who asks
 * for an editor page comes back as {@code /login?factor.type=webauthn} (Spring Security's
 * multi-factor redirect) and is asked for their passkey; one whose account has no passkey
 * yet is sent to register one ({@link PasskeyController}).
 */
@Controller
class LoginController {

	static final String LOGIN_VIEW = "account/login";

	static final String PASSKEY_STEP_VIEW = "account/passkey-step";

	/** Where Spring Security sends a password-only sign-in that needs the passkey. */
	static final String PASSKEY_STEP_URL = "/login?factor.type=webauthn";

	private final MessageSource messages;

	private final Passkeys passkeys;

	LoginController(MessageSource messages, Passkeys passkeys) {
		this.messages = messages;
		this.passkeys = passkeys;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String ended, @RequestParam(required = false) String expired,
			@RequestParam(name = "factor.type", required = false) String factor,
			@RequestParam(required = false) String registered, HttpSession session, Model model, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if ("webauthn".equals(factor) && PasskeyEnrolmentFilter.passwordSignedIn(authentication)
				&& !PasskeyEnrolmentFilter.fullySignedIn(authentication)) {
			if (!passkeys.any(authentication.getName())) {
				return "redirect:/passkeys";
			}
			model.addAttribute("registered", registered != null);
			return PASSKEY_STEP_VIEW;
		}
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof SignInWaitException wait) {
				model.addAttribute("waitReason", wait.reason().code());
				model.addAttribute("waitFor", waitText(wait.until(), Instant.now(), locale));
			}
			else if (failure instanceof InternalAuthenticationServiceException) {
				model.addAttribute("unavailable", true);
			}
			else {
				model.addAttribute("failed", true);
			}
		}
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("ended", ended != null);
		model.addAttribute("expired", expired != null);
		return LOGIN_VIEW;
	}

	/**
	 * "45 seconds" or "3 minutes", rounded up, so a wait is never shown shorter than it
	 * is.
	 */
	String waitText(Instant until, Instant now, Locale locale) {
		long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
		if (seconds < 60) {
			return messages.getMessage("login.wait.seconds", new Object[] { seconds }, locale);
		}
		return messages.getMessage("login.wait.minutes", new Object[] { (seconds + 59) / 60 }, locale);
	}

}
