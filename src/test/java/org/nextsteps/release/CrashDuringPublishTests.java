package org.nextsteps.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.nextsteps.SlowSuite;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 while publishing, on the embedded database as shipped (the URL of the main
 * application.properties): the release whose publish was confirmed just before the kill
 * is there after a restart, with the content it was confirmed with; the newest release in
 * the database is whole (its checksum matches and it compiles) and is the one in force;
 * every older release still loads; and no number is given out twice.
 */
@SlowSuite
class CrashDuringPublishTests {

	/** A kill this soon after the publish was confirmed counts as "at once". */
	static final long MAX_KILL_DELAY_MICROS = 10_000;

	/**
	 * Rounds whose kill must land within {@link #MAX_KILL_DELAY_MICROS}; on a busy
	 * machine some take longer.
	 */
	static final int QUICK_KILLS = 2;

	static final int MAX_ROUNDS = 6;

	/**
	 * How many confirmed publishes a round waits for before the kill: seeded, in this
	 * range.
	 */
	static final int MIN_CONFIRMATIONS = 3;

	static final int MAX_CONFIRMATIONS = 30;

	@Test
	void aPublishConfirmedJustBeforeAKillIsKeptAndAKilledPublishLeavesNoHalfRelease(@TempDir Path dataDir)
			throws Exception {
		String url = shippedUrl();
		assertThat(url).contains("WRITE_DELAY=0");
		Random random = new Random(42);
		long lastConfirmed = 0;
		int quickKills = 0;
		for (int round = 0; round < MAX_ROUNDS && quickKills < QUICK_KILLS; round++) {
			Process publisher = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-da:org.h2...",
					"-cp", System.getProperty("java.class.path"), PublishLoop.class.getName(), dataDir.toString(), url)
				.redirectErrorStream(true)
				.start();
			Confirmed confirmed;
			long delay;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(publisher.getInputStream(), StandardCharsets.UTF_8))) {
				String line = readUntil(out, PublishLoop.READY);
				assertThat(line).as("the publisher started").isNotNull();
				// a seeded number of confirmed publishes (no clock), so each round's kill
				// lands at another point of the loop
				int confirmations = MIN_CONFIRMATIONS + random.nextInt(MAX_CONFIRMATIONS - MIN_CONFIRMATIONS + 1);
				int seen = 0;
				do {
					line = readUntil(out, PublishLoop.PUBLISHED);
					assertThat(line).as("the publisher publishes").isNotNull();
					seen++;
				}
				while (seen < confirmations || out.ready());
				// the newest confirmation read, with nothing after it waiting: kill now
				publisher.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no
												// clean close
				delay = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
				confirmed = Confirmed.parse(line);
				delay -= confirmed.atMicros();
				assertThat(publisher.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			// Every round must keep its confirmed release; a round counts towards the
			// quick ones if the kill landed in time.
			if (delay < MAX_KILL_DELAY_MICROS) {
				quickKills++;
			}
			assertThat(confirmed.id()).as("numbers only grow").isGreaterThan(lastConfirmed);
			lastConfirmed = confirmed.id();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NextStepsApplication.class).run(
					"--nextsteps.data-dir=" + dataDir, "--spring.datasource.url=" + url, "--server.port=0",
					"--server.address=127.0.0.1")) {
				Releases releases = app.getBean(Releases.class);
				List<ReleaseInfo> history = releases.history();
				assertThat(history).as("the release confirmed %d µs before the kill", delay).anySatisfy(info -> {
					assertThat(info.id()).isEqualTo(confirmed.id());
					assertThat(info.checksum()).isEqualTo(confirmed.checksum());
				});
				assertThat(releases.current().id()).isEqualTo(history.get(0).id());
				for (ReleaseInfo info : history) {
					assertThat(releases.find(info.id())).as("release %d loads whole", info.id()).isPresent();
				}
				assertThat(history).extracting(ReleaseInfo::id)
					.as("no gaps, no number twice")
					.isEqualTo(java.util.stream.LongStream.rangeClosed(1, history.get(0).id())
						.boxed()
						.sorted(java.util.Comparator.reverseOrder())
						.toList());
				assertThat(releases.current().options()).hasSizeGreaterThanOrEqualTo(32);
			}
			System.out.printf("Round %d: release %d confirmed %d µs before the kill, there after the restart%n", round,
					confirmed.id(), delay);
		}
		assertThat(quickKills).as("rounds killed within %d µs of a confirmed publish", MAX_KILL_DELAY_MICROS)
			.isGreaterThanOrEqualTo(QUICK_KILLS);
	}

	/** A confirmed publish as the child printed it. */
	private record Confirmed(long id, String checksum, long atMicros) {

		static Confirmed parse(String line) {
			String[] parts = line.trim().split(" ");
			return new Confirmed(Long.parseLong(parts[1]), parts[2], Long.parseLong(parts[3]));
		}

	}

	private static String readUntil(BufferedReader out, String prefix) throws IOException {
		String line;
		while ((line = out.readLine()) != null && !line.startsWith(prefix)) {
			// start-up output, or a warning
		}
		return line;
	}

	/**
	 * The datasource URL the app ships with, its data directory left as a placeholder.
	 */
	static String shippedUrl() throws IOException {
		return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
			.getProperty("spring.datasource.url");
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
