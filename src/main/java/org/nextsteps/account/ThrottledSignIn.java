package org.nextsteps.account;

import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Password sign-in for staff, behind the {@link SignInThrottle}: the attempt is counted
 * first, and a refused one never has its password checked. A wrong password, an unknown
 * username and a switched-off account all get the same answer, after the same BCrypt
 * work, so the sign-in page never tells which accounts exist. A password longer than
 * BCrypt reads (72 bytes) is simply wrong: none is ever stored. If the counters cannot be
 * reached, nobody signs in.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(StaffUserRepository users, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(username -> users.findByUsername(Accounts.normalize(username))
			.map(user -> new StaffPrincipal(user.username(), user.displayName(), user.role(), user.enabled(),
					user.sessionsValidAfter(), user.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user")));
		this.passwords.setPasswordEncoder(encoder);
		// a switched-off account is told apart only after its password was checked, so it
		// costs the same time
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Switched off");
			}
		});
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Accounts.normalize(authentication.getName());
		String source = SignInThrottle.sourceOf(authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null);
		SignInThrottle.Attempt attempt = counters(() -> throttle.begin(username, source, Instant.now()));
		if (!attempt.allowed()) {
			throw new SignInWaitException(attempt.waitReason(), attempt.waitUntil());
		}
		Authentication result;
		try {
			if (!(authentication.getCredentials() instanceof String password) || !PasswordPolicy.fitsBcrypt(password)) {
				throw new BadCredentialsException("Longer than any stored password");
			}
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			// already counted as wrong before the check
			if (attempt.waitUntil() != null) {
				throw new SignInWaitException(attempt.waitReason(), attempt.waitUntil());
			}
			throw new BadCredentialsException("Bad credentials");
		}
		counters(() -> {
			throttle.succeeded(attempt, Instant.now());
			return null;
		});
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The counters are part of signing in: when the database cannot keep them, sign-in
	 * fails closed (never a 500).
	 */
	private static <T> T counters(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new InternalAuthenticationServiceException("Sign-in counters unavailable", ex);
		}
	}

}
