package org.nextsteps.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the session holds it: enough for every page header and for "changed by", with no
 * query per request. The password hash is dropped once sign-in is done ({@link #eraseCredentials()}).
 */
public final class StaffPrincipal implements UserDetails, org.springframework.security.core.CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private String passwordHash;

	StaffPrincipal(String username, String displayName, Role role, boolean enabled, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
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
