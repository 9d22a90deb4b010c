package org.nextsteps.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form post; after a failure it comes back here, and the page says
 * either that the username is locked (and for how long) or, for every other failure, the same neutral message. It
 * also says when a session was ended because its account changed.
 */
@Controller
class LoginController {

	static final String LOGIN_VIEW = "account/login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String ended, HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof LoginLockedException locked) {
				model.addAttribute("lockedMinutes", minutesLeft(locked.until()));
			}
			else {
				model.addAttribute("failed", true);
			}
		}
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("ended", ended != null);
		return LOGIN_VIEW;
	}

	/** Whole minutes, rounded up, so "1 minute" is never shown for a lock that has 90 seconds left. */
	static long minutesLeft(Instant until) {
		long seconds = Math.max(0, Duration.between(Instant.now(), until).getSeconds());
		return Math.max(1, (seconds + 59) / 60);
	}

}
