package org.nextsteps.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nextsteps.system.Coded;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a staff member may do. Each role includes the ones before it: a publisher also
 * edits, an administrator also publishes. The granted authorities say so explicitly
 * ({@code ROLE_EDITOR}, ...), so checks name one role only.
 */
public enum Role implements Coded {

	/** Edits drafts: options, texts, rules, scenarios; previews; submits for review. */
	EDITOR,
	/**
	 * Also approves or sends back a draft that someone else changed (issue 16: two-person
	 * clinical sign-off).
	 */
	CLINICAL_REVIEWER,
	/** Also publishes, overrides failing scenarios with a reason, and rolls back. */
	PUBLISHER,
	/** Also manages users and reads the audit log. */
	ADMIN;

	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public List<GrantedAuthority> authorities() {
		return java.util.Arrays.stream(values())
			.filter(role -> role.ordinal() <= ordinal())
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	public boolean includes(Role other) {
		return ordinal() >= other.ordinal();
	}

	public static Optional<Role> byCode(String code) {
		return Coded.byCode(Role.class, code);
	}

}
