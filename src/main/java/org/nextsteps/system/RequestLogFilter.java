package org.nextsteps.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request for operations: method, the route's template, status and time.
 * Never the query string or the concrete path: share codes and questionnaire answers are
 * health data, and they travel in both. Health probes are not logged: a load balancer
 * asks every few seconds, and its lines would bury the patients' (a failing probe shows
 * in the balancer and in {@code /actuator/health}). The lines have their own short
 * pattern ({@code logback-spring.xml}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("org.nextsteps.access");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isInfoEnabled()) {
				Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
				log.info("{} {} {} {}ms", request.getMethod(), template != null ? template : "-", response.getStatus(),
						(System.nanoTime() - start) / 1_000_000);
			}
		}
	}

}
