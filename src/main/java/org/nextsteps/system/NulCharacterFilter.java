package org.nextsteps.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No answer, code or text in this guide has a NUL character, and PostgreSQL refuses to
 * store one (H2 does not), so a query or form value holding one is a malformed request:
 * 400 before any controller sees it.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasNul(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
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
			return false; // malformed parameters: the controller advice answers 400 for
							// those
		}
	}

}
