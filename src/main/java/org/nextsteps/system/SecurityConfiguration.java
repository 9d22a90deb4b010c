package org.nextsteps.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two worlds with different rules. Staff pages ({@code /editor/**}, login) use a session, CSRF and form
 * login. Patient pages and the API are stateless: no session, no cookie, nothing stored, so CSRF has no
 * state to protect there (patient forms change nothing on the server).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Same-origin everything: no third-party host can be reached from any page. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	@Bean
	@Order(1)
	SecurityFilterChain staffChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/editor/**", "/login", "/logout")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()));
		return commonHeaders(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain patientChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**",
					"/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.csrf(csrf -> csrf.disable());
		return commonHeaders(http).build();
	}

	private static HttpSecurity commonHeaders(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frame -> frame.deny()));
	}

}
