package org.nextsteps.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finds the language of a request in its URL (issue 14). A patient page under
 * {@code /es/} is served as the same page in Spanish: the prefix becomes part of the
 * context path, so every link, form and redirect the page makes stays in Spanish without
 * a cookie. Only patient pages have a Spanish form; a staff path or anything else under
 * {@code /es/} is a 404, so staff security, which is mapped to the unprefixed staff
 * paths, can never be stepped around. The home page follows the browser's
 * {@code Accept-Language} once (a link back to English carries {@code lang=en}). The JSON
 * API answers in the language of {@code Accept-Language}. Every response says its
 * language ({@code Content-Language}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class LanguageFilter extends OncePerRequestFilter {

	/** The patient paths that exist in every language, as path prefixes. */
	private static final List<String> PATIENT_PATHS = List.of("/start", "/r/", "/options", "/about", "/urgent-help",
			"/for-clinicians", "/css/", "/js/", "/favicon.svg");

	/** The patient paths that are files, not pages: they link to no other language. */
	private static final List<String> ASSET_PATHS = List.of("/css/", "/js/", "/favicon.svg");

	/**
	 * The paths whose answers follow {@code Accept-Language}: the guide's JSON API. FHIR
	 * and CDS Hooks answer in English, the language of their texts, so that no resource
	 * mixes two languages (docs/interoperability.md).
	 */
	private static final List<String> API_PATHS = List.of("/api/");

	/** A link from a Spanish page to the English home page: do not send it back. */
	static final String STAY_IN_ENGLISH = "lang";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			error(request, response, chain);
			return;
		}
		String contextPath = request.getContextPath();
		String path = request.getRequestURI().substring(contextPath.length());
		String spanish = Language.SPANISH.prefix();
		if (path.equals(spanish)) {
			response.sendRedirect(contextPath + spanish + "/" + query(request));
			return;
		}
		if (path.startsWith(spanish + "/")) {
			String inner = path.substring(spanish.length());
			if (!isPatientPath(inner)) {
				// not a page of the guide, or a staff path: not found, said in Spanish
				request.setAttribute(Language.ATTRIBUTE, Language.SPANISH);
				request.setAttribute(Language.ALTERNATES, alternates(request, inner));
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, Language.SPANISH.code());
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			serve(new Prefixed(request, contextPath + spanish, inner), response, chain, Language.SPANISH, inner);
			return;
		}
		if (path.equals("/") && "GET".equals(request.getMethod()) && request.getParameter(STAY_IN_ENGLISH) == null
				&& prefers(request, Language.SPANISH)) {
			response.sendRedirect(contextPath + spanish + "/");
			return;
		}
		Language language = isApiPath(path) ? accepted(request) : Language.ENGLISH;
		serve(request, response, chain, language, path);
	}

	/**
	 * The error page of a request under the Spanish prefix, under that prefix too, so
	 * that its links stay in Spanish: the container dispatches errors with the request as
	 * it came, without the prefix.
	 */
	private static void error(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String spanish = Language.SPANISH.prefix();
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed instanceof String uri && uri.startsWith(request.getContextPath() + spanish + "/")
				&& !request.getContextPath().endsWith(spanish)) {
			chain.doFilter(new Prefixed(request, request.getContextPath() + spanish, request.getServletPath()),
					response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Error pages are pages: a Spanish one keeps its prefix ({@link #error}). */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Language language,
			String path) throws IOException, ServletException {
		request.setAttribute(Language.ATTRIBUTE, language);
		if (isPatientPath(path) && !startsWithAny(path, ASSET_PATHS)) {
			// only patient pages have a page in the other language to link to
			request.setAttribute(Language.ALTERNATES, alternates(request, path));
		}
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
		chain.doFilter(request, response);
	}

	/**
	 * The same page in each language, as paths on this host. A posted page (a step with
	 * errors) links to the step it is on, with the answers so far, as a GET.
	 */
	private static Map<Language, String> alternates(HttpServletRequest request, String path) {
		String query = "GET".equals(request.getMethod()) ? query(request) : state(request);
		String root = request.getContextPath().endsWith(Language.SPANISH.prefix())
				? request.getContextPath()
					.substring(0, request.getContextPath().length() - Language.SPANISH.prefix().length())
				: request.getContextPath();
		Map<Language, String> alternates = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			String q = language == Language.ENGLISH && path.equals("/") ? "?" + STAY_IN_ENGLISH + "=en" : query;
			alternates.put(language, root + language.prefix() + path + q);
		}
		return Map.copyOf(alternates);
	}

	/** The query of a GET, with its question mark; empty when there is none. */
	private static String query(HttpServletRequest request) {
		return request.getQueryString() == null ? "" : "?" + request.getQueryString();
	}

	/** The wizard's state of a posted step: its page and the answers so far. */
	private static String state(HttpServletRequest request) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		for (String name : List.of("page", "a", "return")) {
			String value = request.getParameter(name);
			if (value != null) {
				query.queryParam(name, value);
			}
		}
		String built = query.build().encode().toUriString();
		return built.isEmpty() ? "" : built;
	}

	static boolean isPatientPath(String path) {
		return path.equals("/") || startsWithAny(path, PATIENT_PATHS);
	}

	private static boolean isApiPath(String path) {
		return startsWithAny(path, API_PATHS);
	}

	/** A loop, not a stream: this runs on every request. */
	private static boolean startsWithAny(String path, List<String> prefixes) {
		for (int i = 0; i < prefixes.size(); i++) {
			if (path.startsWith(prefixes.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** The language of {@code Accept-Language} among the guide's, English by default. */
	private static Language accepted(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return Language.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Language.locales());
			return Language.of(best);
		}
		catch (IllegalArgumentException ex) {
			return Language.ENGLISH;
		}
	}

	private static boolean prefers(HttpServletRequest request, Language language) {
		return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && accepted(request) == language;
	}

	/**
	 * A request under a language prefix, seen as the same path with the prefix in the
	 * context path.
	 */
	private static final class Prefixed extends HttpServletRequestWrapper {

		private final String contextPath;

		private final String path;

		Prefixed(HttpServletRequest request, String contextPath, String path) {
			super(request);
			this.contextPath = contextPath;
			this.path = path;
		}

		@Override
		public String getContextPath() {
			return contextPath;
		}

		@Override
		public String getServletPath() {
			return path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		/**
		 * The prefix and the path: the address as it came for a page, and under the
		 * prefix for the error page the container dispatches without it.
		 */
		@Override
		public String getRequestURI() {
			return contextPath + path;
		}

	}

}
