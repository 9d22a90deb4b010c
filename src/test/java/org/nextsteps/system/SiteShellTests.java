package org.nextsteps.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nextsteps.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page shell on a real server with every module: every patient page is cookie-free,
 * self-contained, and errors look like the site. The system module's pages, error pages,
 * headers and filters alone: SystemPagesTests.
 */
class SiteShellTests extends WebTestSupport {

	static final List<String> PATIENT_PAGES = List.of("/", "/urgent-help", "/about", "/start", "/options",
			"/options/physical-therapy");

	/**
	 * Any URL in src, href or action that leaves this host: http(s)://... or
	 * protocol-relative //...
	 */
	static final Pattern OTHER_HOST = Pattern.compile("(?:src|href|action)\\s*=\\s*\"((?:https?:)?//[^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	@Test
	void patientPagesSetNoCookieAndReferNoOtherHost() {
		for (String path : PATIENT_PAGES) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as("cookies on %s", path).isEmpty();
			Matcher external = OTHER_HOST.matcher(response.body());
			boolean found = external.find();
			assertThat(found).as("%s refers to another host: %s", path, found ? external.group(1) : "").isFalse();
		}
	}

	@Test
	void everyPageHasTheUrgentHelpLinkInTheHeader() {
		for (String path : PATIENT_PAGES) {
			String body = get(path).body();
			int header = body.indexOf("<header");
			int urgent = body.indexOf("class=\"urgent-link\" href=\"/urgent-help\"");
			int main = body.indexOf("<main");
			assertThat(urgent).as(path).isGreaterThan(header).isLessThan(main);
		}
	}

	@Test
	void unknownPageIsAStyledNotFoundPage() {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found")
			.contains("href=\"/urgent-help\"")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
	}

	@Test
	void apiErrorsAreProblemDetails() {
		HttpResponse<String> response = get("/api/v1/nothing-here", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/h2-console" })
	void onlyHealthAndInfoAreExposed(String path) {
		assertThat(get(path, "application/json").statusCode()).as(path).isIn(401, 403, 404);
	}

	@Test
	void healthIsUp() {
		HttpResponse<String> response = get("/actuator/health", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

	/**
	 * Issue 17: text of 2 KB or more goes out gzipped to clients that accept it (patients
	 * are on phones); the same page as without compression.
	 */
	@Test
	void pagesGoOutCompressedToClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/options")).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String page;
		try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(page).isEqualTo(get("/options").body());
		assertThat(zipped.body().length).isLessThan(page.length() / 2);
	}

	@Test
	void crossSiteFormPostsAreRefused() {
		var evil = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://evil.example")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("page=0&red_flags=none"))
			.build());
		assertThat(evil.statusCode()).isEqualTo(403);
		var same = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", baseUrl())
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("page=0&red_flags=none"))
			.build());
		assertThat(same.statusCode()).isEqualTo(302);
	}

	@Test
	void hstsIsSentWhenTheProxySaysHttps() {
		var response = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build());
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/**
	 * Issue 18: only a proxy on this machine may set X-Forwarded-*, not any peer on a
	 * private network.
	 */
	@Test
	void onlyALocalProxyIsTrustedWithForwardedHeaders(
			@org.springframework.beans.factory.annotation.Value("${server.tomcat.remoteip.internal-proxies}") String proxies) {
		java.util.regex.Pattern trusted = java.util.regex.Pattern.compile(proxies);
		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		for (String peer : new String[] { "10.0.0.7", "192.168.1.20", "172.16.4.2", "100.64.0.1", "169.254.1.1" }) {
			assertThat(trusted.matcher(peer).matches()).as(peer).isFalse();
		}
	}

	/**
	 * Issue 18: a request Tomcat refuses itself gets a page with our security headers
	 * (/error alone is a 404: SystemPagesTests).
	 */
	@Test
	void errorsTheServerAnswersItselfCarryTheSecurityHeaders() throws java.io.IOException {
		java.net.URI base = java.net.URI.create(baseUrl());
		try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET /%ZZ HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Security-Policy: default-src 'self'")
				.containsIgnoringCase("X-Content-Type-Options: nosniff")
				.contains("Something was wrong with that request")
				.doesNotContainIgnoringCase("Apache Tomcat");
		}
	}

	/**
	 * Issue 17: Spring Security runs for the staff pages alone; patient pages, the API
	 * and health checks meet SiteRequestFilter, which writes the same headers.
	 */
	@Test
	void springSecurityRunsForTheStaffPathsAlone(
			@org.springframework.beans.factory.annotation.Autowired org.springframework.context.ApplicationContext context) {
		var registration = context.getBean(SecurityConfiguration.SECURITY_FILTER_REGISTRATION,
				org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean.class);
		assertThat(registration.getUrlPatterns()).containsExactlyInAnyOrder(SecurityConfiguration.STAFF_PATHS);
		// Spring Session's filter too: patient pages have no session to keep (issue 16)
		var sessions = context.getBean(SecurityConfiguration.SESSION_FILTER_REGISTRATION,
				org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean.class);
		assertThat(sessions.getUrlPatterns()).containsExactlyInAnyOrder(SecurityConfiguration.STAFF_PATHS);
		assertThat(get("/editor").statusCode()).isEqualTo(302);
		assertThat(get("/questionnaire").headers().firstValue("Content-Security-Policy")).isPresent();
	}

	/**
	 * Issue 13: every patient page describes itself to search engines; pages made of
	 * answers are not for them (a header and robots.txt).
	 */
	@Test
	void pagesDescribeThemselvesAndAnswersAreNotIndexed() {
		for (String path : PATIENT_PAGES) {
			HttpResponse<String> response = get(path);
			assertThat(response.body()).as(path).containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">");
			assertThat(response.headers().firstValue("X-Robots-Tag")).as(path)
				.isEqualTo(path.startsWith("/start") ? java.util.Optional.of("noindex, nofollow")
						: java.util.Optional.empty());
		}
		assertThat(get("/options/physical-therapy").body())
			.doesNotContain("<meta name=\"description\" content=\"Your injection");
		assertThat(get("/start/check").headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
		HttpResponse<String> robots = get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("User-agent: *", "Disallow: /r/", "Disallow: /start");
	}

}
