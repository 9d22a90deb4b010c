package org.nextsteps.account;

import java.time.Instant;
import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the session holds it: enough for every page header and
 * for "changed by". Every staff request compares it with the account in the database
 * ({@link StaffSessionFilter}): the session ends when the account was switched off, its
 * role differs, or its "sessions valid after" time is later than the one seen here at
 * sign-in. The password hash is dropped once sign-in is done
 * ({@link #eraseCredentials()}).
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 2L;

	private final String username;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final Instant sessionsValidAfter;

	private String passwordHash;

	StaffPrincipal(String username, String displayName, Role role, boolean enabled, Instant sessionsValidAfter,
			String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.enabled = enabled;
		this.sessionsValidAfter = sessionsValidAfter;
		this.passwordHash = passwordHash;
	}

	/**
	 * The same person after a change they made themselves (their own password or role) in
	 * this session.
	 */
	StaffPrincipal renewed(StaffAccount account) {
		return new StaffPrincipal(username, account.displayName(), account.role(), account.enabled(),
				account.sessionsValidAfter(), null);
	}

	@Override
	public String getUsername() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** Whether this person may do what {@code needed} may do. */
	public boolean can(Role needed) {
		return role.includes(needed);
	}

	/**
	 * The account's "sessions valid after" time when this session signed in (or renewed
	 * itself).
	 */
	Instant sessionsValidAfter() {
		return sessionsValidAfter;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return role.authorities();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
