package org.nextsteps.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request meets before anything else of the site, in one pass. Its headers,
 * written before the response can commit ({@link SecurityHeaders}: no caching, HSTS on
 * HTTPS, same-origin content, no framing but the editor's preview frames; no indexing of
 * a page made of answers). Then three refusals:
 * <ul>
 * <li>A query or form value with a NUL character is a malformed request (no answer, code
 * or text in this guide has one, and PostgreSQL refuses to store one): 400.</li>
 * <li>A patient form post from another site: 403. Patient forms carry no CSRF token (that
 * needs a cookie or a session, and patient pages have neither); browsers say where a post
 * comes from ({@code Sec-Fetch-Site}, {@code Origin}). The JSON API is meant for other
 * sites and tools, and the staff pages have Spring Security's token, so both keep their
 * own rules.</li>
 * <li>Actuator endpoints other than health and info: 404 (only those two are exposed;
 * this holds if a setting exposes more).</li>
 * </ul>
 * It runs after the request's character encoding is set (so parameters are read right)
 * and just before Spring Security, which runs for the staff pages alone
 * ({@link SecurityConfiguration}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class SiteRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		SecurityHeaders.forPath(path).writeHeaders(request, response);
		if (isPersonal(path)) {
			response.setHeader("X-Robots-Tag", "noindex, nofollow");
		}
		if (hasNul(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		if ("POST".equals(request.getMethod()) && !SecurityConfiguration.isStaffOrApi(path) && isCrossSite(request)) {
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		if (path.startsWith("/actuator/") && !isHealthOrInfo(path)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Pages made of a patient's answers (a result, the questionnaire's steps): no search
	 * engine may keep them, should a link to one ever be public. robots.txt says the
	 * same.
	 */
	static boolean isPersonal(String path) {
		return path.startsWith("/r/") || path.startsWith("/start");
	}

	private static boolean isHealthOrInfo(String path) {
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info");
	}

	private static boolean hasNul(HttpServletRequest request) {
		try {
			for (var entry : request.getParameterMap().entrySet()) {
				if (entry.getKey().indexOf('\0') >= 0) {
					return true;
				}
				for (String value : entry.getValue()) {
					if (value != null && value.indexOf('\0') >= 0) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IllegalStateException ex) {
			return false; // malformed parameters: the controller advice answers 400
		}
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return "cross-site".equals(fetchSite);
		}
		String origin = request.getHeader("Origin");
		if (origin == null || origin.isBlank()) {
			return false; // not a browser form post, or an old browser: nothing to
							// compare
		}
		if ("null".equals(origin)) {
			return true; // sandboxed or opaque origin
		}
		try {
			URI from = URI.create(origin);
			int port = from.getPort() != -1 ? from.getPort() : ("https".equals(from.getScheme()) ? 443 : 80);
			return !(request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
