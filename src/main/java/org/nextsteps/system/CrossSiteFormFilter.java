package org.nextsteps.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Patient forms carry no CSRF token (that would need a cookie or a session, and patient
 * pages have neither). They change nothing on the server, but a page of another site must
 * still not be able to post answers in a patient's name: browsers say where a post comes
 * from ({@code Sec-Fetch-Site}, {@code Origin}), and a cross-site form post is refused.
 * The JSON API is meant for other sites and tools, and the staff pages have Spring
 * Security's token, so both are left to their own rules.
 */
@Component
class CrossSiteFormFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/editor")
				|| path.startsWith("/login") || path.startsWith("/logout");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isCrossSite(request)) {
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		chain.doFilter(request, response);
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
