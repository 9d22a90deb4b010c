package org.nextsteps.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two worlds with different rules. Staff pages ({@code /editor/**}, login) use a session,
 * CSRF and form login; every staff member holds at least the editor role, and pages that
 * need more say so themselves ({@code @PreAuthorize}); other modules add to this chain
 * through {@link StaffChainCustomizer} beans (the account module checks each request's
 * session against the account). Patient pages and the API are stateless: no session, no
 * cookie, nothing stored, so CSRF has no state to protect there (patient forms change
 * nothing on the server).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Same-origin everything: no third-party host can be reached from any page. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	/**
	 * The editor's preview shows the patient's page as it would look, in frames of the
	 * editor's own page: only these responses may be framed, and only by this site.
	 */
	static final String PREVIEW_FRAMES = "/editor/preview/frame/**";

	/**
	 * Spring Security's observations time every filter of every request: their metrics
	 * are not exposed, and they were a fifth of a health check's cost. Spring MVC's
	 * request observation stays.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffChain(HttpSecurity http, ObjectProvider<StaffChainCustomizer> customizers)
			throws Exception {
		http.securityMatcher("/editor/**", "/login", "/logout")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll().anyRequest().hasRole("EDITOR"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/editor").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()));
		for (StaffChainCustomizer customizer : customizers.orderedStream().toList()) {
			customizer.customize(http);
		}
		RequestMatcher frameable = PathPatternRequestMatcher.withDefaults().matcher(PREVIEW_FRAMES);
		return headers(http, (request, response) -> (frameable.matches(request) ? SecurityHeaders.FRAMEABLE_BY_THIS_SITE
				: SecurityHeaders.NOT_FRAMEABLE)
			.writeHeaders(request, response)).build();
	}

	/**
	 * Patient pages, the API and health checks: the fewest filters that keep their rules.
	 * No session is read or made (the security context lives in the request only), no
	 * CSRF token, no request cache, no sign-out, no anonymous user, no servlet API
	 * wrapper; what remains writes the headers and keeps the actuator closed.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain patientChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.denyAll()
					.anyRequest()
					.permitAll())
			.sessionManagement(session -> session.disable())
			.securityContext(context -> context.requireExplicitSave(true)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> anonymous.disable())
			.servletApi(servletApi -> servletApi.disable());
		return headers(http, SecurityHeaders.NOT_FRAMEABLE).build();
	}

	/**
	 * Spring Security's cache control and HSTS (on HTTPS requests), then the same
	 * precomputed headers everywhere, written by one writer.
	 */
	private static HttpSecurity headers(HttpSecurity http, HeaderWriter securityHeaders) throws Exception {
		return http.headers(headers -> headers.defaultsDisabled()
			.cacheControl(Customizer.withDefaults())
			.httpStrictTransportSecurity(Customizer.withDefaults())
			.addHeaderWriter(securityHeaders));
	}

}
