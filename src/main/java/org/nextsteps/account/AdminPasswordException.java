package org.nextsteps.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The first start was given a {@code NEXTSTEPS_ADMIN_PASSWORD} that may not be used. Its
 * message is one line that says what is wrong; {@link Analyzer} makes Spring Boot print
 * just that, with no stack trace.
 */
class AdminPasswordException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	AdminPasswordException(String problem) {
		super("NEXTSTEPS_ADMIN_PASSWORD cannot be used for the first administrator: " + problem);
	}

	/** Registered in {@code META-INF/spring.factories}. */
	static final class Analyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
			return new FailureAnalysis(cause.getMessage(),
					"Set NEXTSTEPS_ADMIN_PASSWORD to a password that fits, or leave it unset to have one generated "
							+ "and logged once.",
					cause);
		}

	}

}
