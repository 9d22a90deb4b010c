package org.nextsteps.release;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.nextsteps.SlowSuite;
import org.nextsteps.content.SafetyNetLine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default embedded database keeps its files: what is published survives a stop and a
 * start.
 */
@SlowSuite
class DatabasePersistenceTests {

	@Test
	void publishedReleaseSurvivesARestart(@TempDir Path dataDir) {
		long published;
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(1);
			published = TestReleases.publishDraft(releases, "tester", "written before the restart").id();
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(published);
			assertThat(releases.current().info().note()).isEqualTo("written before the restart");
			assertThat(releases.history()).hasSize(2);
		}
	}

	/**
	 * An installation made before the clinical safety update (its newest release has no
	 * safety net) publishes the seed once on its next start; its old release still opens,
	 * with the seed's safety net.
	 */
	@Test
	void anInstallationFromBeforeSafetyNetsPublishesTheSeedOnceAndOldLinksStillOpen(@TempDir Path dataDir) {
		long beforeUpdate;
		try (ConfigurableApplicationContext app = start(dataDir)) {
			ReleaseRepository repository = app.getBean(ReleaseRepository.class);
			JsonMapper json = app.getBean(JsonMapper.class);
			ReleaseEntity newest = repository.findFirstByOrderByIdDesc().orElseThrow();
			ObjectNode document = (ObjectNode) json.readTree(newest.snapshot());
			((ObjectNode) document.get("content")).remove("safetyNet");
			String before = json.writeValueAsString(document);
			beforeUpdate = newest.id() + 1;
			repository.saveAndFlush(new ReleaseEntity(beforeUpdate, Instant.now(), "tester", "made before 2026-12-01",
					Releases.sha256(before), before));
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(beforeUpdate + 1);
			assertThat(releases.current().info().note()).isEqualTo(Releases.UPGRADE_NOTE);
			assertThat(releases.current().option("watchful-waiting")).isPresent();
			PublishedRelease old = releases.find(beforeUpdate).orElseThrow();
			assertThat(old.safetyNet(List.of())).isNotEmpty()
				.extracting(SafetyNetLine::level)
				.contains(SafetyNetLine.Level.EMERGENCY, SafetyNetLine.Level.TODAY);
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			assertThat(app.getBean(Releases.class).current().id()).as("the update is published once")
				.isEqualTo(beforeUpdate + 1);
		}
	}

	/**
	 * An installation from before issue 14 has no Spanish in its draft: its next start
	 * adds the seed's, for every text still as the seed wrote it, and publishes nothing.
	 */
	@Test
	void anInstallationFromBeforeSpanishGetsTheSeedsSpanishInItsDraft(@TempDir Path dataDir) {
		long live;
		try (ConfigurableApplicationContext app = start(dataDir)) {
			app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("delete from content_translation");
			live = app.getBean(Releases.class).current().id();
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			org.nextsteps.content.ContentDrafts drafts = app.getBean(org.nextsteps.content.ContentDrafts.class);
			String english = "people with bad sciatica who did not have surgery at first";
			assertThat(drafts.spanishDrafts()).hasSizeGreaterThan(900);
			assertThat(drafts.spanishDrafts().get(english).spanish()).isEqualTo(
					org.nextsteps.content.ContentSeed.load(app.getBean(JsonMapper.class)).spanish().get(english));
			assertThat(app.getBean(Releases.class).current().id()).as("nothing is published").isEqualTo(live);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// Command-line arguments outrank the test configuration's in-memory database: the
		// URL the app ships with.
		try {
			return new SpringApplicationBuilder(NextStepsApplication.class).run("--nextsteps.data-dir=" + dataDir,
					"--spring.datasource.url=" + CrashDuringPublishTests.shippedUrl(), "--server.port=0",
					"--server.address=127.0.0.1");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
