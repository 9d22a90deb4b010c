package org.nextsteps.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;

/**
 * Refuses passwords from a list bundled with the app ({@value #LIST}): about 44,000
 * passwords that fit our rules (12 or more characters, at most 72 bytes) and are among
 * the million most common in breaches. Compared without regard to case. Nothing leaves
 * the machine (Spring Security's own checker asks a web service). The list is read on
 * each check, which happens only when a password is set, so it takes no memory the rest
 * of the time. Source and licence: docs/security.md and
 * {@code account/common-passwords-NOTICE.txt}.
 */
class CommonPasswordList implements CompromisedPasswordChecker {

	static final String LIST = "account/common-passwords.txt";

	@Override
	public CompromisedPasswordDecision check(String password) {
		if (password == null) {
			return new CompromisedPasswordDecision(false);
		}
		String wanted = password.toLowerCase(Locale.ROOT);
		try (InputStream in = new ClassPathResource(LIST).getInputStream();
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
						64 * 1024)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.equals(wanted)) {
					return new CompromisedPasswordDecision(true);
				}
			}
			return new CompromisedPasswordDecision(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled password list " + LIST + " cannot be read", ex);
		}
	}

}
