package org.nextsteps.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (OWASP ASVS 5.0 level 2): at least
 * {@value #MIN_CHARACTERS} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (BCrypt
 * reads no further, so longer ones are refused rather than cut: 72 letters, digits or
 * punctuation marks, fewer for accented letters and other scripts, which take 2 to 4
 * bytes each), not the username, and not on the list of common and breached passwords
 * ({@link CompromisedPasswordChecker}). No rules about kinds of characters: length and
 * the list do more.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_CHARACTERS = 12;

	public static final int MAX_BYTES = 72;

	private final CompromisedPasswordChecker compromised;

	PasswordPolicy(CompromisedPasswordChecker compromised) {
		this.compromised = compromised;
	}

	/** Why a password may not be used; empty when it may. */
	public Optional<Problem> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			return Optional.of(new Problem("account.error.password-short", MIN_CHARACTERS));
		}
		int bytes = bytes(password);
		if (bytes > MAX_BYTES) {
			return Optional.of(new Problem("account.error.password-long", MAX_BYTES, bytes));
		}
		if (password.strip().equalsIgnoreCase(Accounts.normalize(username))) {
			return Optional.of(new Problem("account.error.password-username"));
		}
		if (compromised.check(password).isCompromised()) {
			return Optional.of(new Problem("account.error.password-common"));
		}
		return Optional.empty();
	}

	/**
	 * Whether BCrypt can check this password in full; a longer one can never be right
	 * (none is ever stored).
	 */
	static boolean fitsBcrypt(String password) {
		return password == null || bytes(password) <= MAX_BYTES;
	}

	static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
	}

	/** A reason as a message key (messages/account) with its arguments. */
	public record Problem(String messageKey, Object... args) {
	}

}
