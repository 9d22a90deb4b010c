package org.nextsteps.release;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.nextsteps.NextStepsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a forked JVM by {@link CrashDuringPublishTests}: starts the app on the given
 * database and publishes without pause until it is killed. As soon as a publish returns
 * (the release is confirmed), it prints
 * {@code PUBLISHED <id> <checksum> <epoch microseconds>}.
 */
public final class PublishLoop {

	static final String READY = "PUBLISHING";

	static final String PUBLISHED = "PUBLISHED";

	private PublishLoop() {
	}

	/**
	 * Arguments: the data directory, then the datasource URL (placeholders such as the
	 * data directory allowed).
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(NextStepsApplication.class).run(
				"--nextsteps.data-dir=" + args[0], "--spring.datasource.url=" + args[1], "--server.port=0",
				"--server.address=127.0.0.1", "--logging.level.root=WARN");
		Releases releases = app.getBean(Releases.class);
		System.out.println(READY);
		System.out.flush();
		for (long n = 0;; n++) {
			PublishedRelease release = TestReleases.publishDraft(releases, "crash-test", "publish " + n);
			System.out.println(PUBLISHED + " " + release.id() + " " + release.info().checksum() + " "
					+ ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
			System.out.flush();
		}
	}

}
