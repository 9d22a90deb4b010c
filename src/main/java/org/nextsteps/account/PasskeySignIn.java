package org.nextsteps.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The passkey step of sign-in. Spring Security checks the passkey; the session then goes
 * on as the same {@link StaffPrincipal} it had after the password (with the "sessions
 * valid after" time it saw), so every staff request keeps checking it against the account
 * ({@link StaffSessionFilter}). The factors add up: the password's and the passkey's
 * authorities are merged by the filter (multi-factor authentication is on).
 */
class PasskeySignIn implements AuthenticationProvider {

	private final WebAuthnAuthenticationProvider passkeys;

	private final UserDetailsService staff;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService staff) {
		this.passkeys = new WebAuthnAuthenticationProvider(relyingParty, staff);
		this.staff = staff;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Authentication checked = passkeys.authenticate(authentication);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		StaffPrincipal principal = current != null && current.getPrincipal() instanceof StaffPrincipal signedIn
				&& signedIn.getUsername().equals(checked.getName()) ? signedIn
						: (StaffPrincipal) staff.loadUserByUsername(checked.getName());
		if (!principal.isEnabled()) {
			throw new DisabledException("Switched off");
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, checked.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
