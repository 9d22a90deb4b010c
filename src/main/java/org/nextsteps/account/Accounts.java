package org.nextsteps.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.system.EditConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating them, changing their role or switching them off, and setting
 * passwords. Every change is written to the audit log in the same transaction (passwords
 * never: only that one was set). Switching an account off, a new role and a new password
 * end the account's sessions (its "sessions valid after" time). At least one enabled
 * administrator always remains, so nobody can lock the whole team out.
 */
@Service
public class Accounts {

	static final int MAX_USERNAME_INPUT = 100;

	/** The longest name shown for a staff member. */
	static final int MAX_DISPLAY_NAME = 100;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	private static final String SUBJECT = "user";

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final Passkeys passkeys;

	Accounts(StaffUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle,
			AuditLog audit, Passkeys passkeys) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
		this.audit = audit;
		this.passkeys = passkeys;
	}

	/**
	 * Usernames are compared trimmed and in lower case; anything longer than any username
	 * is cut.
	 */
	public static String normalize(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > MAX_USERNAME_INPUT ? name.substring(0, MAX_USERNAME_INPUT) : name;
	}

	/** Whether a username, as typed, is one an account may have once normalized. */
	static boolean isAllowedUsername(String username) {
		return USERNAME.matcher(normalize(username)).matches();
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> all() {
		return users.findAllByOrderByUsernameAsc().stream().map(StaffUser::toAccount).toList();
	}

	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(String username) {
		return users.findByUsername(normalize(username)).map(StaffUser::toAccount);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return users.count() == 0;
	}

	/**
	 * Till when sign-in tries for this username (from addresses it has not signed in
	 * from) must wait.
	 */
	public Optional<Instant> waitUntil(String username) {
		return throttle.waitUntil(normalize(username), Instant.now());
	}

	/** Every username whose sign-in tries wait now, with till when. */
	public Map<String, Instant> waits() {
		return throttle.waits(Instant.now());
	}

	/**
	 * @throws AccountException when the username is taken or not allowed, or the password
	 * is too weak
	 */
	@Transactional
	public StaffAccount create(String username, String displayName, Role role, String password, String by) {
		String name = normalize(username);
		if (!isAllowedUsername(name)) {
			throw new AccountException("username", "account.error.username");
		}
		if (users.findByUsername(name).isPresent()) {
			throw new AccountException("username", "account.error.username-taken");
		}
		String display = requireDisplayName(displayName);
		checkPassword(password, name);
		StaffUser user = users
			.save(new StaffUser(name, display, encoder.encode(password), Objects.requireNonNull(role), by));
		try {
			users.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// someone added the same username at the same moment
			throw new AccountException("username", "account.error.username-taken");
		}
		audit.record(by, "user.create", SUBJECT, name,
				List.of(new FieldChange("displayName", null, display), new FieldChange("role", null, role.code()),
						new FieldChange("enabled", null, "true"), new FieldChange("password", null, null)));
		return user.toAccount();
	}

	/**
	 * Changes the name, role or whether the account can sign in. A new role or switching
	 * it off ends the account's sessions on their next request, on every instance.
	 * @throws EditConflictException when someone changed the account since
	 * {@code expectedVersion}, or saves it at the same moment: nothing is written
	 * @throws AccountException when this would leave no enabled administrator
	 */
	@Transactional
	public StaffAccount update(String username, String displayName, Role role, boolean enabled, int expectedVersion,
			String by) {
		StaffUser user = existing(username);
		if (user.version() != expectedVersion) {
			throw new EditConflictException("user " + user.username());
		}
		String display = requireDisplayName(displayName);
		StaffAccount before = user.toAccount();
		boolean wasActiveAdmin = user.role() == Role.ADMIN && user.enabled();
		boolean staysActiveAdmin = role == Role.ADMIN && enabled;
		if (wasActiveAdmin && !staysActiveAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("role", "account.error.last-admin");
		}
		List<FieldChange> changes = new ArrayList<>();
		if (!display.equals(user.displayName())) {
			changes.add(new FieldChange("displayName", user.displayName(), display));
		}
		if (role != user.role()) {
			changes.add(new FieldChange("role", user.role().code(), role.code()));
		}
		if (enabled != user.enabled()) {
			changes.add(new FieldChange("enabled", String.valueOf(user.enabled()), String.valueOf(enabled)));
		}
		if (changes.isEmpty()) {
			return user.toAccount();
		}
		user.update(display, role, enabled, by);
		if (role != before.role() || enabled != before.enabled()) {
			user.endSessions();
		}
		flush(user);
		audit.record(by, "user.update", SUBJECT, user.username(), changes);
		return user.toAccount();
	}

	/**
	 * An administrator sets someone's password (the old one is not needed); the account's
	 * sessions end.
	 * @throws AccountException when the password may not be used
	 * @throws EditConflictException when someone saves the account at the same moment:
	 * nothing is written
	 */
	@Transactional
	public StaffAccount setPassword(String username, String password, String by) {
		StaffUser user = existing(username);
		checkPassword(password, user.username());
		user.changePassword(encoder.encode(password), by);
		user.endSessions();
		flush(user);
		audit.record(by, "user.password", SUBJECT, user.username(), List.of(new FieldChange("password", null, null)));
		return user.toAccount();
	}

	/**
	 * Someone changes their own password; every session of the account ends (the caller
	 * keeps its own, see {@link StaffSessions}).
	 * @throws AccountException when the current password is wrong or the new one may not
	 * be used
	 * @throws EditConflictException when someone saves the account at the same moment:
	 * nothing is written
	 */
	@Transactional
	public StaffAccount changeOwnPassword(String username, String currentPassword, String newPassword) {
		StaffUser user = existing(username);
		if (currentPassword == null || !PasswordPolicy.fitsBcrypt(currentPassword)
				|| !encoder.matches(currentPassword, user.passwordHash())) {
			throw new AccountException("currentPassword", "account.error.current-password");
		}
		checkPassword(newPassword, user.username());
		user.changePassword(encoder.encode(newPassword), user.username());
		user.endSessions();
		flush(user);
		audit.record(user.username(), "user.password", SUBJECT, user.username(),
				List.of(new FieldChange("password", null, null)));
		return user.toAccount();
	}

	/**
	 * An administrator resets someone's sign-in factors (a lost or stolen passkey): every
	 * passkey of the account is removed and its sessions end; at the next password
	 * sign-in the person registers a new passkey. The password stays.
	 * @throws EditConflictException when someone saves the account at the same moment:
	 * nothing is written
	 */
	@Transactional
	public StaffAccount resetFactors(String username, String by) {
		StaffUser user = existing(username);
		int removed = passkeys.removeAll(user.username());
		user.endSessions();
		flush(user);
		audit.record(by, "user.factors", SUBJECT, user.username(),
				List.of(new FieldChange("passkeys", String.valueOf(removed), "0")));
		return user.toAccount();
	}

	/** An administrator lifts the sign-in wait of a username early. */
	@Transactional
	public void unlock(String username, String by) {
		String name = normalize(username);
		throttle.unlock(name);
		audit.record(by, "user.unlock", SUBJECT, name, List.of());
	}

	/** Why a password may not be used; empty when it may. */
	public Optional<PasswordPolicy.Problem> passwordProblem(String password, String username) {
		return policy.problem(password, username);
	}

	private void checkPassword(String password, String username) {
		policy.problem(password, username).ifPresent(problem -> {
			throw new AccountException("password", problem.messageKey(), problem.args());
		});
	}

	/**
	 * Writes now, so that a save racing another one is refused here rather than failing
	 * the commit.
	 */
	private void flush(StaffUser user) {
		try {
			users.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException("user " + user.username(), ex);
		}
	}

	private static String requireDisplayName(String displayName) {
		String display = displayName == null ? "" : displayName.strip();
		if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME) {
			throw new AccountException("displayName", "account.error.display-name");
		}
		return display;
	}

	private StaffUser existing(String username) {
		return users.findByUsername(normalize(username))
			.orElseThrow(() -> new NoSuchElementException("No user " + username));
	}

}
