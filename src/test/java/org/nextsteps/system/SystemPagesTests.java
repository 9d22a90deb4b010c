package org.nextsteps.system;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nextsteps.WebSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system module's pages and rules at the web layer: the home and urgent-help pages,
 * the error pages and problem details, the security headers, the staff area's door, and
 * the filters that refuse cross-site form posts and NUL characters. End to end (a real
 * server, every module): SiteShellTests.
 */
@WebSliceTest({ HomeController.class, ErrorPagesController.class })
class SystemPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageSaysWhatTheGuideIsAndOffersStart() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("about 10 minutes"),
					containsString("do not store your answers"), containsString("href=\"/start\""))));
	}

	@Test
	void theUrgentHelpPageSaysWhenToCallAnAmbulanceAndWhenToSeeADoctorToday() throws Exception {
		mvc.perform(get("/urgent-help"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Call an ambulance now, or go to the nearest emergency room"),
							containsString("Contact your doctor or an urgent care service today"),
							containsString("999 in the UK"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/urgent-help" })
	void securityHeadersAreSet(String path) throws Exception {
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("frame-ancestors 'none'"), containsString("default-src 'self'"),
							not(containsString("unsafe-")))))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Permissions-Policy"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void editorIsForStaffOnly() throws Exception {
		mvc.perform(get("/editor"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void aMissingPageIsAPageInTheSiteNotAStackTrace() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), containsString("href=\"/urgent-help\""),
					not(containsString("Whitelabel")), not(containsString("Exception")))));
	}

	@Test
	void otherErrorsGetTheirOwnPages() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Something was wrong with that request")));
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(allOf(containsString("Sorry, something went wrong on our side"),
					not(containsString("secret detail")), not(containsString("Exception")))));
	}

	/** Issue 18: /error alone (no error behind it) is a page that does not exist. */
	@Test
	void theErrorPageItselfIsNotFound() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(content().string(containsString("\"status\":404")));
	}

	@Test
	void crossSiteFormPostsAreRefused() throws Exception {
		mvc.perform(post("/").header("Origin", "https://evil.example")).andExpect(status().isForbidden());
		mvc.perform(post("/").header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
		mvc.perform(post("/").header("Origin", "null")).andExpect(status().isForbidden());
		mvc.perform(post("/").header("Origin", "http://localhost")).andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/").header("Sec-Fetch-Site", "same-origin")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void nulCharactersAreRefused() throws Exception {
		mvc.perform(get("/").param("injection_type", "facet\0joint")).andExpect(status().isBadRequest());
	}

}
