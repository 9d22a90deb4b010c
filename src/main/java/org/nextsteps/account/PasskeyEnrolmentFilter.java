package org.nextsteps.account;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may register (or remove) a passkey: someone signed in with password and passkey, or
 * someone signed in with a password whose account has no passkey yet (the first sign-in,
 * or after an administrator reset the account's factors). So a stolen password alone
 * cannot add a passkey to an account that has one. Guards Spring Security's registration
 * endpoints ({@code /webauthn/register/**}); the passkey page asks the same question
 * ({@link #mayRegister}).
 */
class PasskeyEnrolmentFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PasskeyEnrolmentFilter.class);

	private final Passkeys passkeys;

	private final JsonMapper json;

	private final MessageSource messages;

	PasskeyEnrolmentFilter(Passkeys passkeys, JsonMapper json, MessageSource messages) {
		this.passkeys = passkeys;
		this.json = json;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !(path.equals("/webauthn/register") || path.startsWith("/webauthn/register/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (mayRegister(authentication, passkeys)) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Refused a passkey registration of '{}': not signed in with both factors and has a passkey",
				authentication == null ? null : authentication.getName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("passkeys.refused", null, LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	/** Whether this sign-in may add or remove a passkey of its own account. */
	static boolean mayRegister(Authentication authentication, Passkeys passkeys) {
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
			return false;
		}
		Set<String> factors = factors(authentication);
		if (!factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
			return false;
		}
		return factors.contains(FactorGrantedAuthority.WEBAUTHN_AUTHORITY) || !passkeys.any(staff.getUsername());
	}

	/** Signed in with both factors. */
	static boolean fullySignedIn(Authentication authentication) {
		return authentication != null && factors(authentication)
			.containsAll(Set.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
	}

	/** Signed in with a password, as a staff member. */
	static boolean passwordSignedIn(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal
				&& factors(authentication).contains(FactorGrantedAuthority.PASSWORD_AUTHORITY);
	}

	private static Set<String> factors(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("FACTOR_"))
			.collect(Collectors.toSet());
	}

}
