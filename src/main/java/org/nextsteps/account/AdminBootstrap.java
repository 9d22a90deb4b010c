package org.nextsteps.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first start of an empty database creates the user {@value #ADMIN} with the password
 * from {@code NEXTSTEPS_ADMIN_PASSWORD} (property
 * {@code nextsteps.admin.initial-password}). When none is given, a random one is made and
 * written to the log once; it is never stored anywhere in clear. There is no default
 * password. A given password that the {@link PasswordPolicy} refuses stops the start with
 * one line that says why ({@link AdminPasswordException}).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final MessageSource messages;

	private final String configuredPassword;

	AdminBootstrap(Accounts accounts, PasswordPolicy policy, MessageSource messages,
			@Value("${nextsteps.admin.initial-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.policy = policy;
		this.messages = messages;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.isEmpty()) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isEmpty();
		String password = generated ? randomPassword() : configuredPassword;
		if (!generated) {
			policy.problem(password, ADMIN).ifPresent(problem -> {
				throw new AdminPasswordException(
						messages.getMessage(problem.messageKey(), problem.args(), Locale.ENGLISH));
			});
		}
		try {
			accounts.create(ADMIN, messages.getMessage("account.admin.name", null, Locale.ENGLISH), Role.ADMIN,
					password, "system");
		}
		catch (DataIntegrityViolationException | AccountException ex) {
			// another instance sharing the database created it first
			log.info("First administrator not created here: {}", ex.getClass().getSimpleName());
			return;
		}
		if (generated) {
			log.warn(
					"Created the first administrator '{}' with this generated password (shown only now; change it "
							+ "after signing in, or set NEXTSTEPS_ADMIN_PASSWORD before the first start): {}",
					ADMIN, password);
		}
		else {
			log.info("Created the first administrator '{}' with the password from NEXTSTEPS_ADMIN_PASSWORD", ADMIN);
		}
	}

	/** 120 random bits, URL-safe: 20 characters. */
	static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
