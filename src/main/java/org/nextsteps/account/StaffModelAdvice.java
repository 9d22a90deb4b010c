package org.nextsteps.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Staff pages show who is signed in and offer what their role allows; read from the
 * session, no query. This application's controllers only (a package name is the cheapest
 * test): the actuator's endpoints have no model.
 */
@ControllerAdvice(basePackages = "org.nextsteps")
class StaffModelAdvice {

	@ModelAttribute("staff")
	StaffPrincipal staff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal ? principal
				: null;
	}

	/**
	 * Signed in with password and passkey: the editor's navigation is shown only then (a
	 * password alone reaches the passkey pages, nothing else).
	 */
	@ModelAttribute("staffFullySignedIn")
	boolean staffFullySignedIn() {
		return PasskeyEnrolmentFilter.fullySignedIn(SecurityContextHolder.getContext().getAuthentication());
	}

}
