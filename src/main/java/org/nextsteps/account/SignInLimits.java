package org.nextsteps.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard sign-in pushes back on wrong passwords ({@code nextsteps.sign-in.*}). A
 * username (from any address, or from an address it signed in from before) gets
 * {@code accountFailures} wrong passwords, then each further try must wait
 * {@code firstWait}, doubling with each further wrong password up to
 * {@code accountMaxWait}. One address gets {@code sourceFailures} wrong passwords over
 * all usernames, then the same doubling up to {@code sourceMaxWait}. Wrong passwords are
 * forgotten {@code forgetAfter} the last one; an address the account signed in from is
 * trusted for {@code trustSourceFor}. The whole site checks at most
 * {@code checksPerMinute} passwords a minute, over all instances.
 */
@ConfigurationProperties("nextsteps.sign-in")
record SignInLimits(@DefaultValue("5") int accountFailures, @DefaultValue("10") int sourceFailures,
		@DefaultValue("1m") Duration firstWait, @DefaultValue("15m") Duration accountMaxWait,
		@DefaultValue("1h") Duration sourceMaxWait, @DefaultValue("24h") Duration forgetAfter,
		@DefaultValue("90d") Duration trustSourceFor, @DefaultValue("120") int checksPerMinute) {

	/**
	 * How long to wait after {@code failures} wrong passwords, when {@code allowed} are
	 * free; zero before that.
	 */
	static Duration backOff(int failures, int allowed, Duration first, Duration max) {
		if (failures < allowed) {
			return Duration.ZERO;
		}
		Duration wait = first.multipliedBy(1L << Math.min(failures - allowed, 20));
		return wait.compareTo(max) > 0 ? max : wait;
	}

}
