package org.nextsteps.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nextsteps.NextStepsApplication;
import org.nextsteps.SlowSuite;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A {@code NEXTSTEPS_ADMIN_PASSWORD} that the password rules refuse stops the first start
 * with one line that says what is wrong, instead of a wall of stack trace (issue 18: an
 * 80-byte one crashed the start).
 */
@SlowSuite
@ExtendWith(OutputCaptureExtension.class)
class AdminPasswordStartupTests {

	@Test
	void an80BytePasswordStopsTheFirstStartWithOneClearLineAndNoStackTrace(CapturedOutput output) {
		String eightyBytes = "this-admin-password-is-far-too-long-".repeat(2) + "for-bcry";
		assertThat(eightyBytes.length()).isEqualTo(80);
		assertThatThrownBy(() -> SpringApplication.run(NextStepsApplication.class,
				"--nextsteps.admin.initial-password=" + eightyBytes, "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:admin-start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))
			.hasStackTraceContaining("AdminPasswordException");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("NEXTSTEPS_ADMIN_PASSWORD cannot be used for the first administrator: This password is too long: "
					+ "it has 80 bytes and at most 72 are allowed")
			.doesNotContain("\tat org.nextsteps")
			.doesNotContain("\tat org.springframework");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			short-one          | Use a password of at least 12 characters.
			password1234       | This password is on a list of common and breached passwords.
			123456789012       | This password is on a list of common and breached passwords.
			""")
	void everyRefusedPasswordSaysWhyInOneLine(String password, String why) {
		Accounts accounts = mock(Accounts.class);
		when(accounts.isEmpty()).thenReturn(true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/account");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		AdminBootstrap bootstrap = new AdminBootstrap(accounts, new PasswordPolicy(new CommonPasswordList()), messages,
				password);
		assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(AdminPasswordException.class)
			.hasMessageStartingWith("NEXTSTEPS_ADMIN_PASSWORD cannot be used for the first administrator: " + why)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

}
