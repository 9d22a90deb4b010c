package org.nextsteps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every test that needs the running application. All subclasses share one Spring
 * context (same configuration), so the ~10 s start is paid once per test run. The app's
 * clock stands still on {@link #TODAY}, so what depends on the date (an option past its
 * review date) is the same on every run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WebTestSupport.FixedClock.class)
public abstract class WebTestSupport {

	/**
	 * The app's "now" in these tests: within a year of the seed's reviews (2026-12-01).
	 */
	protected static final Instant TODAY = Instant.parse("2027-03-01T12:00:00Z");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	protected int port;

	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	protected HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	protected HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).GET().build());
	}

	protected HttpResponse<String> post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The JSON API's result for these answers, which must be valid. */
	protected JsonNode jsonApiResult(JsonMapper json, Map<String, ?> answers) {
		HttpResponse<String> response = post("/api/v1/assessments", "application/json",
				json.writeValueAsString(Map.of("answers", answers)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	protected static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(TODAY, ZoneOffset.UTC);
		}

	}

}
