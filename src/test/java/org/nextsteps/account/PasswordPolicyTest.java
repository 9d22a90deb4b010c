package org.nextsteps.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules (issue 18, OWASP ASVS 5.0 L2): length in characters, BCrypt's 72
 * bytes, the bundled list.
 */
class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(new CommonPasswordList());

	@Test
	void atLeastTwelveCharactersCountedAsCharactersNotBytes() {
		assertThat(key(null)).isEqualTo("account.error.password-short");
		assertThat(key("")).isEqualTo("account.error.password-short");
		assertThat(key("Tr0ub4dor&3")).as("11 characters").isEqualTo("account.error.password-short");
		assertThat(key("Tr0ub4dor&3x")).as("12 characters").isNull();
		// 11 characters of two bytes each are still too short; 12 are enough
		assertThat(key("\u00e9\u00e8\u00ea\u00eb\u00e0\u00e2\u00e4\u00f4\u00f6\u00fb\u00fc"))
			.isEqualTo("account.error.password-short");
		assertThat(key("\u00e9\u00e8\u00ea\u00eb\u00e0\u00e2\u00e4\u00f4\u00f6\u00fb\u00fc\u00e7")).isNull();
		// twelve emoji (surrogate pairs, four bytes each) are twelve characters
		assertThat(key("\uD83C\uDF4E".repeat(6) + "\uD83C\uDF50".repeat(6))).isNull();
	}

	@Test
	void upTo72BytesAreAllowedSo64PlainCharactersAlwaysFitAndLongerOnesAreRefusedWithTheirSize() {
		assertThat(key("correct horse battery staple, then a lamp and a very long river!")).as("64 characters")
			.isNull();
		assertThat(key("k".repeat(36) + " fits in seventy-two bytes exactly!!")).isNull();
		assertThat(("k".repeat(36) + " fits in seventy-two bytes exactly!!").length()).isEqualTo(72);
		String seventyThree = "k".repeat(37) + " fits in seventy-two bytes exactly!!";
		assertThat(policy.problem(seventyThree, "someone")).hasValueSatisfying(problem -> {
			assertThat(problem.messageKey()).isEqualTo("account.error.password-long");
			assertThat(problem.args()).containsExactly(72, 73);
		});
		assertThat(key("\u00e9".repeat(36))).as("36 two-byte letters: 72 bytes").isNull();
		assertThat(key("\u00e9".repeat(37))).as("74 bytes").isEqualTo("account.error.password-long");
		assertThat(key("x".repeat(128))).isEqualTo("account.error.password-long");
		assertThat(PasswordPolicy.fitsBcrypt("x".repeat(72))).isTrue();
		assertThat(PasswordPolicy.fitsBcrypt("x".repeat(73))).isFalse();
	}

	@Test
	void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
		for (String common : List.of("password1234", "123456789012", "Password1234", "PASSWORD1234", "qwertyuiop12",
				"1qaz2wsx3edc", "iloveyou1234")) {
			assertThat(key(common)).as(common).isEqualTo("account.error.password-common");
		}
		assertThat(key("lamp river violet anchor")).isNull();
		assertThat(key("a-test-password-42")).isNull();
	}

	@Test
	void notTheUsername() {
		assertThat(policy.problem("someone.long-name", "Someone.Long-Name"))
			.hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("account.error.password-username"));
	}

	@Test
	void theBundledListHoldsTensOfThousandsOfPasswordsThatTheOtherRulesWouldLetThrough() throws IOException {
		List<String> lines;
		try (InputStream in = new ClassPathResource(CommonPasswordList.LIST).getInputStream()) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		assertThat(lines).hasSizeBetween(10_000, 100_000).doesNotHaveDuplicates();
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.codePointCount(0, line.length())).isGreaterThanOrEqualTo(PasswordPolicy.MIN_CHARACTERS);
			assertThat(PasswordPolicy.bytes(line)).isLessThanOrEqualTo(PasswordPolicy.MAX_BYTES);
			assertThat(line).isEqualTo(line.toLowerCase(Locale.ROOT));
		});
		assertThat(new ClassPathResource("account/common-passwords-NOTICE.txt").exists()).isTrue();
	}

	private String key(String password) {
		return policy.problem(password, "someone").map(PasswordPolicy.Problem::messageKey).orElse(null);
	}

}
