package org.nextsteps.release;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of publishing: after a restart the newest release in the database is whole (its
 * checksum matches and it compiles) and is the one in force; every older release still loads.
 */
class CrashDuringPublishTests {

	@Test
	void aKilledPublishLeavesTheOldOrTheNewReleaseNeverAHalfOne(@TempDir Path dataDir) throws Exception {
		String url = "jdbc:h2:file:" + dataDir + "/nextsteps";
		Random random = new Random(42);
		for (int round = 0; round < 2; round++) {
			Process publisher = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
					System.getProperty("java.class.path"), PublishLoop.class.getName(), url)
				.redirectErrorStream(true)
				.start();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(publisher.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null && !line.contains(PublishLoop.READY)) {
					// start-up output
				}
				assertThat(line).as("the publisher started").isNotNull();
				Thread.sleep(300 + random.nextInt(1200));
				publisher.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no clean close
				assertThat(publisher.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NextStepsApplication.class)
				.run("--spring.datasource.url=" + url, "--server.port=0", "--server.address=127.0.0.1")) {
				Releases releases = app.getBean(Releases.class);
				List<ReleaseInfo> history = releases.history();
				assertThat(history.size()).as("publishes before the kill").isGreaterThan(1);
				assertThat(releases.current().id()).isEqualTo(history.get(0).id());
				for (ReleaseInfo info : history) {
					assertThat(releases.find(info.id())).as("release %d loads whole", info.id()).isPresent();
				}
				assertThat(releases.current().options()).hasSizeGreaterThanOrEqualTo(32);
			}
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
