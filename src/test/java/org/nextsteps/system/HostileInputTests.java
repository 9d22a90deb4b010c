package org.nextsteps.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random junk at every patient endpoint, query and form: the answer is always a 4xx or a
 * page, never a 5xx. Seeded, so a failure can be replayed.
 */
@SlowSuite
class HostileInputTests extends WebTestSupport {

	static final String[] NAMES = { "page", "a", "return", "red_flags", "injection_type", "pain_score", "priorities",
			"relief_amount", "imaging_findings", "x", "", "__proto__", "a[]" };

	static final String[] GET_PATHS = { "/start", "/start/check", "/start/urgent", "/options", "/r/%s", "/r/%s/compare",
			"/r/%s/print", "/options/%s", "/api/v1/options/%s", "/api/v1/questionnaire" };

	@Test
	void junkQueriesAndFormsNeverGetA5xx() {
		Random random = new Random(20261122);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			String path = String.format(GET_PATHS[random.nextInt(GET_PATHS.length)], encode(junk(random)));
			String query = query(random);
			HttpResponse<String> get = get(path + "?" + query);
			check(failures, "GET " + path + "?" + query, get);
			HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/start"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build());
			check(failures, "POST /start " + query, post);
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void junkApiBodiesNeverGetA5xx() {
		Random random = new Random(7);
		String good = "{\"answers\": {\"red_flags\": [\"none\"], \"pain_score\": 5}}";
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			byte[] body = good.getBytes(StandardCharsets.UTF_8);
			for (int n = random.nextInt(8) + 1; n > 0; n--) {
				body[random.nextInt(body.length)] = (byte) random.nextInt(256);
			}
			String type = random.nextInt(10) == 0 ? "text/plain" : "application/json";
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build());
			check(failures, "POST api " + new String(body, StandardCharsets.ISO_8859_1), response);
			if (response.statusCode() >= 400 && !response.body().contains("\"status\"")) {
				failures.add("no problem detail: " + response.body());
			}
		}
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, String what, HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			failures.add(response.statusCode() + " for " + what);
		}
		if (response.body().contains("Exception") || response.body().contains("Whitelabel")) {
			failures.add("internal detail shown for " + what);
		}
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		for (int n = random.nextInt(5); n >= 0; n--) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(encode(NAMES[random.nextInt(NAMES.length)])).append('=').append(encode(junk(random)));
		}
		return query.toString();
	}

	/**
	 * Codes, numbers, huge strings, control characters, broken-looking encodings and
	 * plausible share codes.
	 */
	private static String junk(Random random) {
		return switch (random.nextInt(9)) {
			case 0 -> "none";
			case 1 -> String.valueOf(random.nextInt(40) - 20);
			case 2 -> "x".repeat(random.nextInt(5000));
			case 3 -> "\u0000\u0001\r\n\t" + (char) random.nextInt(0xD800);
			case 4 -> "%ZZ%" + Integer.toHexString(random.nextInt(256));
			case 5 -> "AQEA" + Long.toString(random.nextLong(), 36).replace('-', '_');
			case 6 -> "../../etc/passwd";
			case 7 -> "<script>alert(1)</script>";
			default -> "facet_joint";
		};
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** PostgreSQL cannot store a NUL character; no form or query may bring one in. */
	@Test
	void nulCharactersAreRefused() {
		assertThat(get("/start?injection_type=facet%00joint").statusCode()).isEqualTo(400);
		HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("page=0&red_flags=none%00"))
			.build());
		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(post.body()).contains("Something was wrong with that request");
	}

}
