package org.nextsteps.account;

import org.nextsteps.system.StaffChainCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Passwords are hashed with BCrypt behind a delegating encoder ({@code {bcrypt}...}), so
 * the algorithm can be raised later without locking anyone out, and checked against the
 * bundled list of common passwords. Method security lets each staff page say which
 * {@link Role} it needs; every staff request first checks its session against the account
 * ({@link StaffSessionFilter}, before access is decided).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SignInLimits.class)
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	CompromisedPasswordChecker compromisedPasswordChecker() {
		return new CommonPasswordList();
	}

	@Bean
	StaffChainCustomizer staffSessionCheck(StaffUserRepository users, MessageSource messages, JsonMapper json) {
		return staff -> staff.addFilterBefore(new StaffSessionFilter(users, messages, json), AuthorizationFilter.class);
	}

}
