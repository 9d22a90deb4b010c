package org.nextsteps.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * The security headers of every page, built once: same-origin content only, no referrer
 * (result URLs hold answers), no powerful browser features, no content sniffing, and
 * frames only where a page allows them. A header the response already has is left as it
 * is.
 */
final class SecurityHeaders implements HeaderWriter {

	/** Every response but the editor's preview frames: no site may frame it. */
	static final SecurityHeaders NOT_FRAMEABLE = new SecurityHeaders("'none'", "DENY");

	/** The editor's preview frames: only this site may frame them. */
	static final SecurityHeaders FRAMEABLE_BY_THIS_SITE = new SecurityHeaders("'self'", "SAMEORIGIN");

	private final String[] names;

	private final String[] values;

	private SecurityHeaders(String frameAncestors, String frameOptions) {
		this.names = new String[] { "X-Content-Type-Options", "X-XSS-Protection", "Referrer-Policy",
				"Permissions-Policy", "Content-Security-Policy", "X-Frame-Options" };
		this.values = new String[] { "nosniff", "0", "no-referrer", SecurityConfiguration.PERMISSIONS_POLICY,
				SecurityConfiguration.CONTENT_SECURITY_POLICY + "; frame-ancestors " + frameAncestors, frameOptions };
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		for (int i = 0; i < this.names.length; i++) {
			if (!response.containsHeader(this.names[i])) {
				response.setHeader(this.names[i], this.values[i]);
			}
		}
	}

}
