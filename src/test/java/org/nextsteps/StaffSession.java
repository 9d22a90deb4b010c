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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * never depend on the environment. Sign-in takes both factors: the password, then a
 * passkey ({@link TestPasskey}, one per username for the run, registered over HTTP at the
 * first sign-in as a browser would, and again after its account's factors were reset).
 */
public final class StaffSession {

	public static final String PASSWORD = "a-test-password-42";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern REDIRECT_URL = Pattern.compile("\"redirectUrl\"\\s*:\\s*\"([^\"]+)\"");

	/**
	 * Every passkey this run registered, by credential id (usernames repeat over the test
	 * contexts, each with its own database; the server names the account's credentials).
	 */
	private static final Map<String, TestPasskey> PASSKEYS = new ConcurrentHashMap<>();

	private static final Pattern CREDENTIAL_ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private final CookieManager cookies;

	private String csrf;

	private String username;

	private String source = nextAddress();

	private StaffSession(String baseUrl) {
		this(baseUrl, new CookieManager());
	}

	private StaffSession(String baseUrl, CookieManager cookies) {
		this.baseUrl = baseUrl;
		this.cookies = cookies;
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

	/**
	 * Signs in with the password and the account's passkey (registered first if none).
	 */
	public static StaffSession signIn(String baseUrl, String username, String password) {
		StaffSession session = signInWithPasswordOnly(baseUrl, username, password);
		session.completeWithPasskey();
		HttpResponse<String> editor = session.get("/editor");
		assertThat(editor.statusCode()).as("the editor after both factors of %s", username).isEqualTo(200);
		return session;
	}

	/**
	 * The first factor alone: the password is right, the passkey step is still to come.
	 */
	public static StaffSession signInWithPasswordOnly(String baseUrl, String username, String password) {
		StaffSession session = anonymous(baseUrl);
		HttpResponse<String> response = session.login(username, password);
		assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElse("");
		if (location.contains("error")) {
			String page = session.get("/login?error").body().replaceAll("(?s).*<main[^>]*>|</main>.*|<[^>]+>", " ");
			assertThat(location).as("sign-in of %s: %s", username, page.replaceAll("\\s+", " ").trim())
				.doesNotContain("error");
		}
		session.username = username;
		return session;
	}

	/**
	 * The passkey step after a password: registers this username's passkey when the app
	 * asks for one (the account has none), then signs in with it. Returns where the app
	 * sends the session next.
	 */
	public String completeWithPasskey() {
		HttpResponse<String> step = get("/login?factor.type=webauthn");
		if (step.statusCode() == 302 && step.headers().firstValue("Location").orElse("").endsWith("/passkeys")) {
			HttpResponse<String> page = get("/passkeys");
			assertThat(page.statusCode()).as("the passkey page of %s", username).isEqualTo(200);
			registerPasskey(new TestPasskey());
			get("/login?factor.type=webauthn");
		}
		HttpResponse<String> options = postJson("/webauthn/authenticate/options", "");
		assertThat(options.statusCode()).as("passkey options of %s", username).isEqualTo(200);
		TestPasskey passkey = CREDENTIAL_ID.matcher(options.body())
			.results()
			.map(id -> PASSKEYS.get(id.group(1)))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		assertThat(passkey).as("a passkey of %s made in this run, among %s", username, options.body()).isNotNull();
		HttpResponse<String> signedIn = postJson("/login/webauthn", passkey.assertion(options.body()));
		assertThat(signedIn.statusCode()).as("passkey sign-in of %s: %s", username, signedIn.body()).isEqualTo(200);
		Matcher next = REDIRECT_URL.matcher(signedIn.body());
		assertThat(next.find()).as("where the passkey sign-in goes next").isTrue();
		return next.group(1);
	}

	/**
	 * Registers {@code passkey} for the signed-in account as the passkey page's script
	 * does; asserts it was saved.
	 */
	public void registerPasskey(TestPasskey passkey) {
		HttpResponse<String> saved = tryToRegister(passkey);
		assertThat(saved.statusCode()).as("passkey registration of %s: %s", username, saved.body()).isEqualTo(200);
		PASSKEYS.put(passkey.credentialId(), passkey);
	}

	/** The registration of {@code passkey} as the server answers it. */
	public HttpResponse<String> tryToRegister(TestPasskey passkey) {
		HttpResponse<String> options = postJson("/webauthn/register/options", "");
		if (options.statusCode() != 200) {
			return options;
		}
		return postJson("/webauthn/register", passkey.registration(options.body(), "Test passkey"));
	}

	/**
	 * A JSON post as the passkey script sends it: the CSRF token in its header.
	 */
	public HttpResponse<String> postJson(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request.build());
	}

	/**
	 * The same browser session (its cookies and CSRF token) talking to another instance
	 * at {@code otherBaseUrl}, as behind a load balancer.
	 */
	public StaffSession at(String otherBaseUrl) {
		StaffSession there = new StaffSession(otherBaseUrl, cookies);
		there.csrf = csrf;
		there.username = username;
		there.source = source;
		return there;
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
