package org.nextsteps.patient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.SlowSuite;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to signed share codes: links of versions 1 and 2 made on the
 * releases it had then still open; a version 2 code for a release published since is
 * refused (anyone can compute its checksum). Two restarts on a file database: a slow
 * suite.
 */
@SlowSuite
class OldShareLinksTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void linksMadeBeforeSigningStillOpenForTheReleasesOfThatTime(@TempDir Path dataDir) throws Exception {
		try (ConfigurableApplicationContext app = start(dataDir)) {
			assertThat(TestReleases.publishDraft(app.getBean(Releases.class), "tester", "release 2").id()).isEqualTo(2);
			// as if migration V8 had run on this installation while release 2 was the
			// newest
			app.getBean(JdbcClient.class).sql("update share_code_key set unsigned_up_to = 2").update();
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(TestReleases.publishDraft(releases, "tester", "release 3, after signing began").id())
				.isEqualTo(3);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			assertThat(get(port, ShareCode.encodeUnsigned(ShareCode.V1, 1, ShareCodeTests.answers()))).isEqualTo(200);
			assertThat(get(port, ShareCode.encodeUnsigned(ShareCode.V2, 1, ShareCodeTests.answers()))).isEqualTo(200);
			assertThat(get(port, ShareCode.encodeUnsigned(ShareCode.V2, 2, ShareCodeTests.answers()))).isEqualTo(200);
			assertThat(get(port, ShareCode.encodeUnsigned(ShareCode.V2, 3, ShareCodeTests.answers())))
				.as("an unsigned code for a release from after signing began")
				.isEqualTo(400);
			Assessments assessments = app.getBean(Assessments.class);
			String signed = app.getBean(SharedResults.class)
				.code(assessments.assess(ShareCodeTests.answers(), releases.find(3).orElseThrow()));
			assertThat(get(port, signed)).isEqualTo(200);
		}
	}

	private static int get(int port, String code) throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/r/" + code)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
		Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		return new SpringApplicationBuilder(NextStepsApplication.class).run("--nextsteps.data-dir=" + dataDir,
				"--spring.datasource.url=" + shipped.getProperty("spring.datasource.url"), "--server.port=0",
				"--server.address=127.0.0.1");
	}

}
