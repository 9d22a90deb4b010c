package org.nextsteps.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for staff, behind the {@link LoginThrottle}: a locked username is refused before its password is
 * checked, and every wrong password counts. A switched-off account gets the same answer as a wrong password, so the
 * sign-in page never tells which accounts exist.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	LockoutAuthenticationProvider(StaffUserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(username -> users.findByUsername(Accounts.normalize(username))
			.map(user -> new StaffPrincipal(user.username(), user.displayName(), user.role(), user.enabled(),
					user.sessionsValidAfter(), user.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user")));
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Accounts.normalize(authentication.getName());
		Instant now = Instant.now();
		Optional<Instant> locked = throttle.lockedUntil(username, now);
		if (locked.isPresent()) {
			throw new LoginLockedException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			Optional<Instant> lock = throttle.failed(username, now);
			if (lock.isPresent()) {
				throw new LoginLockedException(lock.get());
			}
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
