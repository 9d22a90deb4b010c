package org.nextsteps.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one filter patient pages, the API and health checks meet: headers, then its three
 * refusals. At the web layer: SystemPagesTests; end to end: SiteShellTests.
 */
class SiteRequestFilterTests {

	private final SiteRequestFilter filter = new SiteRequestFilter();

	@Test
	void everyResponseGetsTheHeadersAndAResultIsNotForSearchEngines() throws Exception {
		MockHttpServletResponse result = run(new MockHttpServletRequest("GET", "/r/CODE"));
		assertThat(result.getStatus()).isEqualTo(200);
		assertThat(result.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(result.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getHeader("Cache-Control")).contains("no-store");
		assertThat(result.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
		assertThat(result.getHeader("Strict-Transport-Security")).isNull();
		MockHttpServletResponse home = run(new MockHttpServletRequest("GET", "/"));
		assertThat(home.getHeader("X-Robots-Tag")).isNull();
		MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/");
		secure.setSecure(true);
		assertThat(run(secure).getHeader("Strict-Transport-Security")).startsWith("max-age=");
		MockHttpServletResponse frame = run(new MockHttpServletRequest("GET", "/editor/preview/frame/draft"));
		assertThat(frame.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
	}

	@Test
	void nulCrossSiteFormPostsAndHiddenActuatorPathsAreRefused() throws Exception {
		MockHttpServletRequest nul = new MockHttpServletRequest("GET", "/start");
		nul.addParameter("pain", "7\0");
		assertThat(run(nul).getStatus()).isEqualTo(400);
		MockHttpServletRequest crossSite = new MockHttpServletRequest("POST", "/start");
		crossSite.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(run(crossSite).getStatus()).isEqualTo(403);
		MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/v1/assessments");
		api.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(run(api).getStatus()).as("the API is for other sites").isEqualTo(200);
		assertThat(run(new MockHttpServletRequest("GET", "/actuator/env")).getStatus()).isEqualTo(404);
		assertThat(run(new MockHttpServletRequest("GET", "/actuator/health/readiness")).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
		request.setServletPath(request.getRequestURI());
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
