package org.nextsteps;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nextsteps.account.Accounts;
import org.nextsteps.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's browser session for web tests: its own cookies, the CSRF token from
 * the pages, form posts, and its own client address. The app trusts
 * {@code X-Forwarded-For} from loopback (as from a proxy on the same machine), so each
 * session sends a different address of the benchmarking range 198.18.0.0/15 (a header
 * only: nothing is sent there), and the sign-in limits per address of one test never
 * reach another. Users are made through the account service ({@link #newUser}), so tests
 * never depend on the environment.
 */
public final class StaffSession {

	public static final String PASSWORD = "a-test-password-42";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String csrf;

	private String username;

	private String source = nextAddress();

	private StaffSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A new account with this role and {@link #PASSWORD}; its username is returned. */
	public static String newUser(Accounts accounts, Role role) {
		String username = "t-" + role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Test " + role.code(), role, PASSWORD, "tester");
		return username;
	}

	/** A session that has not signed in yet, with the sign-in page's CSRF token. */
	public static StaffSession anonymous(String baseUrl) {
		StaffSession session = new StaffSession(baseUrl);
		session.get("/login");
		return session;
	}

	public static StaffSession signIn(String baseUrl, String username, String password) {
		StaffSession session = anonymous(baseUrl);
		HttpResponse<String> response = session.login(username, password);
		assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of %s", username)
			.doesNotContain("error");
		session.get("/editor");
		session.username = username;
		return session;
	}

	/** A client address no other session of this test run has. */
	public static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** From now on, this session's requests come from {@code address}. */
	public StaffSession from(String address) {
		this.source = address;
		return this;
	}

	public String source() {
		return source;
	}

	/** Who signed in; {@code null} before a sign-in. */
	public String username() {
		return username;
	}

	public HttpResponse<String> login(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	/**
	 * A GET that accepts {@code accept}; a CSRF token in the answer is kept for the next
	 * post.
	 */
	public HttpResponse<String> get(String path, String accept) {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/**
	 * A form post with the session's CSRF token; {@code fields} are name, value pairs
	 * (names may repeat).
	 */
	public HttpResponse<String> post(String path, String... fields) {
		List<String> all = new ArrayList<>(List.of(fields));
		if (csrf != null) {
			all.add("_csrf");
			all.add(csrf);
		}
		return postRaw(path, all.toArray(String[]::new));
	}

	/** A form post exactly as given: no CSRF token unless among the fields. */
	public HttpResponse<String> postRaw(String path, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return postBody(path, body.toString());
	}

	/**
	 * A form post of this body, sent byte for byte as written (already encoded, or
	 * deliberately not).
	 */
	public HttpResponse<String> postBody(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public String csrf() {
		return csrf;
	}

	/** The value of this session's cookie {@code name}; {@code null} when it has none. */
	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpRequest fromSource = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("X-Forwarded-For", source)
				.build();
			return http.send(fromSource, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
