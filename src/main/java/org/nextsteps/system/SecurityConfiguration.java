package org.nextsteps.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two worlds with different rules. Staff pages ({@code /editor/**}, login, sign-out) use
 * a session, CSRF and form login; every staff member holds at least the editor role, and
 * pages that need more say so themselves ({@code @PreAuthorize}); other modules add to
 * this chain through {@link StaffChainCustomizer} beans (the account module checks each
 * request's session against the account). Spring Security runs for those paths alone.
 * Patient pages, the API and health checks are stateless (no session, no cookie, nothing
 * stored, no one signed in), so it has nothing to do there: {@link SiteRequestFilter}
 * writes every response's headers and keeps their rules, at a fraction of a filter
 * chain's cost per request.
 * <p>
 * Staff sign in with two factors: a password, then a passkey (the account module adds the
 * passkey endpoints and enrolment). The factors add up in one session
 * ({@link EnableMultiFactorAuthentication}), and the editor pages need both: a password
 * alone reaches only the sign-in and passkey pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

	/** Spring Boot's registration of Spring Security's filter. */
	static final String SECURITY_FILTER_REGISTRATION = "securityFilterChainRegistration";

	/**
	 * Spring Boot's registration of Spring Session's filter, which keeps staff sessions
	 * in the database.
	 */
	static final String SESSION_FILTER_REGISTRATION = "sessionRepositoryFilterRegistration";

	/** The paths of the staff pages, as servlet URL patterns. */
	static final String[] STAFF_PATHS = { "/editor/*", "/login", "/login/*", "/logout", "/passkeys", "/webauthn/*" };

	/**
	 * The same paths as request patterns: the editor, sign-in and sign-out, the passkey
	 * page and Spring Security's WebAuthn endpoints.
	 */
	static final String[] STAFF_PATTERNS = { "/editor/**", "/login", "/login/**", "/logout", "/passkeys",
			"/webauthn/**" };

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
	static final String PREVIEW_FRAMES = "/editor/preview/frame/";

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
	SecurityFilterChain staffChain(HttpSecurity http, ObjectProvider<StaffChainCustomizer> customizers)
			throws Exception {
		AuthorizationManagerFactory<Object> passwordAndPasskey = AuthorizationManagerFactories.multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
			.build();
		http.securityMatcher(STAFF_PATTERNS)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/login/**")
				.permitAll()
				.requestMatchers("/editor/**")
				.access(passwordAndPasskey.hasRole("EDITOR"))
				.anyRequest()
				.hasRole("EDITOR"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/editor").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()));
		for (StaffChainCustomizer customizer : customizers.orderedStream().toList()) {
			customizer.customize(http);
		}
		return http.headers(headers -> headers.disable()).build();
	}

	/**
	 * Spring Security's filter, and Spring Session's, for the staff paths alone (Spring
	 * Boot maps them to every path): patient pages, the API and health checks have no
	 * session to keep.
	 */
	@Bean
	static BeanPostProcessor securityFilterForStaffPathsOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& (SECURITY_FILTER_REGISTRATION.equals(beanName)
								|| SESSION_FILTER_REGISTRATION.equals(beanName))) {
					registration.setUrlPatterns(List.of(STAFF_PATHS));
				}
				return bean;
			}
		};
	}

	/**
	 * Staff paths and the APIs (JSON, FHIR, CDS Hooks: meant for other sites and tools)
	 * keep their own rules for form posts.
	 */
	static boolean isStaffOrApi(String servletPath) {
		return servletPath.startsWith("/editor") || servletPath.equals("/login") || servletPath.startsWith("/login/")
				|| servletPath.equals("/logout") || servletPath.equals("/passkeys")
				|| servletPath.startsWith("/webauthn/") || servletPath.startsWith("/api/")
				|| servletPath.startsWith("/fhir/") || servletPath.startsWith("/cds-services/");
	}

}
