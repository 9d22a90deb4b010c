package org.nextsteps.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request log: one line per request with the route's template, never the concrete
 * path or the query (share codes and answers are health data); health probes unlogged.
 */
class RequestLogFilterTests {

	private final Logger access = (Logger) LoggerFactory.getLogger("org.nextsteps.access");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.lines.start();
		this.access.addAppender(this.lines);
	}

	@AfterEach
	void stopListening() {
		this.access.detachAppender(this.lines);
	}

	@Test
	void aRequestIsOneLineWithItsRouteTemplateNotItsPathOrQuery() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/s/SECRETCODE");
		request.setQueryString("pain=7");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestLogFilter().doFilter(request, response, (req, res) -> {
			req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/s/{code}");
			((MockHttpServletResponse) res).setStatus(200);
		});
		assertThat(this.lines.list).singleElement()
			.extracting(ILoggingEvent::getFormattedMessage)
			.asString()
			.startsWith("GET /s/{code} 200 ")
			.endsWith("ms")
			.doesNotContain("SECRETCODE", "pain");
	}

	@Test
	void healthProbesAreNotLogged() throws Exception {
		new RequestLogFilter().doFilter(new MockHttpServletRequest("GET", "/actuator/health"),
				new MockHttpServletResponse(), new MockFilterChain());
		new RequestLogFilter().doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.lines.list).isEmpty();
		new RequestLogFilter().doFilter(new MockHttpServletRequest("GET", "/actuator/info"),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.lines.list).hasSize(1);
	}

}
