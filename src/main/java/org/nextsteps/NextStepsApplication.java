package org.nextsteps;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Next Steps: a guide for people whose spinal or joint steroid injection did not help.
 * Each direct subpackage is an application module (see docs/architecture.md). Scheduling
 * is on for the release poller, which looks for releases other instances published. The
 * clock says what day it is (e.g. whether an option is past its review date); tests fix
 * it.
 */
@SpringBootApplication
@EnableScheduling
public class NextStepsApplication {

	public static void main(String[] args) {
		SpringApplication.run(NextStepsApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
