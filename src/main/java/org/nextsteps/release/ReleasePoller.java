package org.nextsteps.release;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Several instances share one database: each checks for a newer release every couple of
 * seconds (one indexed {@code max(id)} query) so that a publish on any instance reaches
 * all of them within seconds.
 */
@Component
class ReleasePoller {

	private static final Logger log = LoggerFactory.getLogger(ReleasePoller.class);

	private final Releases releases;

	ReleasePoller(Releases releases) {
		this.releases = releases;
	}

	@Scheduled(fixedDelayString = "${nextsteps.release-poll-interval:2s}",
			initialDelayString = "${nextsteps.release-poll-interval:2s}")
	void pollForNewerRelease() {
		try {
			releases.refresh();
		}
		catch (RuntimeException ex) {
			// A database hiccup must not stop polling; the current release stays in force
			// meanwhile.
			log.warn("Could not check for a newer release: {}", ex.getClass().getSimpleName());
		}
	}

}
