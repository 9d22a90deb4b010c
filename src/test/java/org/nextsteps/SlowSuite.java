package org.nextsteps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A suite too slow for the unit phase (browsers, forked JVMs, crashes, restarts, junk
 * input, a second database, races): tagged {@value #TAG}, which Surefire leaves out and
 * Failsafe runs in {@code ./mvnw verify} (the pom's {@code slow.tag}). Run one alone with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=Name}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(SlowSuite.TAG)
public @interface SlowSuite {

	/** The JUnit tag; the same word as the pom's {@code slow.tag}. */
	String TAG = "slow";

}
