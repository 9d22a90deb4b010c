package org.nextsteps.account;

import org.nextsteps.system.StaffChainCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import tools.jackson.databind.json.JsonMapper;

/**
 * Passwords are hashed with BCrypt behind a delegating encoder ({@code {bcrypt}...}), so
 * the algorithm can be raised later without locking anyone out, and checked against the
 * bundled list of common passwords. Method security lets each staff page say which
 * {@link Role} it needs; every staff request first checks its session against the account
 * ({@link StaffSessionFilter}, before access is decided).
 * <p>
 * Passkeys are the second factor: Spring Security's WebAuthn endpoints, with passkeys
 * kept in the database ({@link Passkeys}) for the relying party of
 * {@link PasskeySettings}. Its built-in pages are off (their inline scripts break our
 * Content-Security-Policy): ours are the sign-in page's passkey step and
 * {@code /passkeys} ({@link PasskeyController}, {@code static/js/passkeys.js}). A
 * password alone may register a passkey only while the account has none
 * ({@link PasskeyEnrolmentFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SignInLimits.class, PasskeySettings.class, StaffTimeouts.class })
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
	StaffChainCustomizer staffSessionCheck(StaffUserRepository users, MessageSource messages, JsonMapper json,
			StaffTimeouts timeouts) {
		return staff -> staff.addFilterBefore(new StaffSessionFilter(users, messages, json, timeouts),
				AuthorizationFilter.class);
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, PasskeySettings settings) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
				settings.allowedOrigins());
	}

	@Bean
	StaffChainCustomizer passkeySteps(StaffUserRepository users, WebAuthnRelyingPartyOperations relyingParty,
			Passkeys passkeys, JsonMapper json, MessageSource messages) {
		UserDetailsService staffDetails = username -> users.findByUsername(Accounts.normalize(username))
			.map(user -> new StaffPrincipal(user.username(), user.displayName(), user.role(), user.enabled(),
					user.sessionsValidAfter(), null))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return staff -> {
			// only for Spring Security's passkey step; password sign-in is
			// ThrottledSignIn
			staff.setSharedObject(UserDetailsService.class, staffDetails);
			staff.addFilterBefore(new PasskeyEnrolmentFilter(passkeys, json, messages), AuthorizationFilter.class);
			staff.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(
								new ProviderManager(new PasskeySignIn(relyingParty, staffDetails)));
						// a new session id once the second factor is in
						filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
						return filter;
					}
				}));
		};
	}

}
