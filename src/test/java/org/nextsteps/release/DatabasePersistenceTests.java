package org.nextsteps.release;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The default embedded database keeps its files: what is published survives a stop and a start. */
class DatabasePersistenceTests {

	@Test
	void publishedReleaseSurvivesARestart(@TempDir Path dataDir) {
		long published;
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(1);
			published = releases.publish("tester", "written before the restart").id();
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(published);
			assertThat(releases.current().info().note()).isEqualTo("written before the restart");
			assertThat(releases.history()).hasSize(2);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// Command-line arguments outrank the test configuration's in-memory database.
		return new SpringApplicationBuilder(NextStepsApplication.class).run("--nextsteps.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir + "/nextsteps", "--server.port=0",
				"--server.address=127.0.0.1");
	}

}
