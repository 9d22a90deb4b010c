package org.nextsteps.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The passkey page: registering a passkey (the browser talks to Spring Security's
 * WebAuthn endpoints through {@code static/js/passkeys.js}) and the list of the account's
 * passkeys. Right after a first password sign-in (no passkey yet) it is the enrolment
 * step; once signed in with both factors, anyone can add another passkey here. Someone
 * signed in with a password alone whose account has a passkey is sent to the passkey step
 * of sign-in instead ({@link PasskeyEnrolmentFilter#mayRegister}).
 */
@Controller
class PasskeyController {

	static final String PASSKEYS_VIEW = "account/passkeys";

	private final Passkeys passkeys;

	PasskeyController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping("/passkeys")
	String passkeys(@RequestParam(required = false) String added, Authentication authentication, Model model) {
		if (!PasskeyEnrolmentFilter.mayRegister(authentication, passkeys)) {
			return "redirect:" + LoginController.PASSKEY_STEP_URL;
		}
		boolean enrolling = !PasskeyEnrolmentFilter.fullySignedIn(authentication);
		model.addAttribute("enrolling", enrolling);
		model.addAttribute("added", added != null);
		model.addAttribute("passkeys", passkeys.of(authentication.getName()));
		model.addAttribute("next", enrolling ? LoginController.PASSKEY_STEP_URL + "&registered" : "/passkeys?added");
		return PASSKEYS_VIEW;
	}

}
