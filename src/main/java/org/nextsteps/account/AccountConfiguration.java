package org.nextsteps.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with BCrypt behind a delegating encoder ({@code {bcrypt}...}), so the algorithm can be
 * raised later without locking anyone out, and checked against the bundled list of common passwords. Method security lets each staff page say which {@link Role} it needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	CompromisedPasswordChecker compromisedPasswordChecker() {
		return new CommonPasswordList();
	}

}
