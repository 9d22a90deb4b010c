package org.nextsteps.release;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nextsteps.NextStepsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same migrations and the same release cycle on a real PostgreSQL. Runs when
 * {@code NEXTSTEPS_TEST_POSTGRES_URL} names a database (as .ci/run does); skipped, with the reason, elsewhere.
 */
class PostgresIntegrationTests {

	static final String URL = System.getenv("NEXTSTEPS_TEST_POSTGRES_URL");

	static final String USER = System.getenv().getOrDefault("NEXTSTEPS_TEST_POSTGRES_USER", "nextsteps");

	static final String PASSWORD = System.getenv().getOrDefault("NEXTSTEPS_TEST_POSTGRES_PASSWORD", "nextsteps");

	@BeforeAll
	static void requirePostgres() throws SQLException {
		assumeTrue(URL != null && !URL.isBlank(),
				"NEXTSTEPS_TEST_POSTGRES_URL is not set: PostgreSQL integration test skipped (.ci/run sets it)");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
		}
	}

	@Test
	void migratesSeedsAndPublishesOnPostgres() throws SQLException {
		long published;
		try (ConfigurableApplicationContext app = start()) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(1);
			assertThat(releases.current().options()).hasSizeGreaterThanOrEqualTo(32);
			published = releases.publish("tester", "published on PostgreSQL").id();
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(Releases.class).current().id()).isEqualTo(published);
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
			rows.next();
			assertThat(rows.getInt(1)).isPositive();
		}
		System.out.println("PostgreSQL integration test ran against " + URL);
	}

	/** Two instances on one database: a publish on one is in force on the other within 5 seconds. */
	@Test
	void aPublishOnOneInstanceReachesTheOther() throws Exception {
		try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
			Releases one = first.getBean(Releases.class);
			Releases other = second.getBean(Releases.class);
			long published = one.publish("tester", "published on the first instance").id();
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
			while (other.current().id() != published && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(other.current().id()).as("release in force on the second instance").isEqualTo(published);
			int port = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			var response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/options"))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).contains("\"release\":\"" + published + "\"");
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NextStepsApplication.class).profiles("postgres")
			.run("--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
					"--spring.datasource.password=" + PASSWORD, "--server.port=0", "--server.address=127.0.0.1",
					"--nextsteps.release-poll-interval=500ms");
	}

}
