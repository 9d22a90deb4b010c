package org.nextsteps.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of every response, built once: not cached (answers and staff pages are
 * personal), HSTS on HTTPS requests, same-origin content only, no referrer (result URLs
 * hold answers), no powerful browser features, no content sniffing, and frames only where
 * a page allows them. Written before the response can commit; a controller that sets one
 * of them later wins.
 */
final class SecurityHeaders {

	/** Every response but the editor's preview frames: no site may frame it. */
	static final SecurityHeaders NOT_FRAMEABLE = new SecurityHeaders("'none'", "DENY");

	/** The editor's preview frames: only this site may frame them. */
	static final SecurityHeaders FRAMEABLE_BY_THIS_SITE = new SecurityHeaders("'self'", "SAMEORIGIN");

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	private final String[] names;

	private final String[] values;

	private SecurityHeaders(String frameAncestors, String frameOptions) {
		this.names = new String[] { "Cache-Control", "Pragma", "Expires", "X-Content-Type-Options", "X-XSS-Protection",
				"Referrer-Policy", "Permissions-Policy", "Content-Security-Policy", "X-Frame-Options" };
		this.values = new String[] { "no-cache, no-store, max-age=0, must-revalidate", "no-cache", "0", "nosniff", "0",
				"no-referrer", SecurityConfiguration.PERMISSIONS_POLICY,
				SecurityConfiguration.CONTENT_SECURITY_POLICY + "; frame-ancestors " + frameAncestors, frameOptions };
	}

	/**
	 * The headers for a path as the servlet sees it (decoded, without path parameters).
	 */
	static SecurityHeaders forPath(String servletPath) {
		return servletPath.startsWith(SecurityConfiguration.PREVIEW_FRAMES) ? FRAMEABLE_BY_THIS_SITE : NOT_FRAMEABLE;
	}

	void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		for (int i = 0; i < this.names.length; i++) {
			response.setHeader(this.names[i], this.values[i]);
		}
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

}
