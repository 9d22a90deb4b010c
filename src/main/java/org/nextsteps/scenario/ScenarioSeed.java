package org.nextsteps.scenario;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Loads the first scenarios into an empty database at start-up. */
@Component
class ScenarioSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScenarioSeed.class);

	private final Scenarios scenarios;

	ScenarioSeed(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			scenarios.seedIfEmpty();
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Scenarios seeded by another instance");
		}
	}

}
