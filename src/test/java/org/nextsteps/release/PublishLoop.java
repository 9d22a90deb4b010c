package org.nextsteps.release;

import org.nextsteps.NextStepsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a forked JVM by {@link CrashDuringPublishTests}: starts the app on the given database and publishes
 * without pause until it is killed.
 */
public final class PublishLoop {

	static final String READY = "PUBLISHING";

	private PublishLoop() {
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(NextStepsApplication.class)
			.run("--spring.datasource.url=" + args[0], "--server.port=0", "--server.address=127.0.0.1",
					"--logging.level.root=WARN");
		Releases releases = app.getBean(Releases.class);
		System.out.println(READY);
		System.out.flush();
		for (long n = 0;; n++) {
			releases.publish("crash-test", "publish " + n);
		}
	}

}
