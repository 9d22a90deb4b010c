package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.nextsteps.pathway.RuleProblem.Code;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reason a rule can be refused for has its words in messages/pathway.properties.
 */
class RuleProblemMessagesTest {

	private static final String BUNDLE = "messages/pathway";

	@Test
	void everyProblemCodeHasAMessage() {
		Properties messages = load();
		assertThat(Code.values())
			.allSatisfy(code -> assertThat(messages.getProperty(code.messageKey())).as(code.name()).isNotBlank());
		List<String> keys = Arrays.stream(Code.values()).map(Code::messageKey).toList();
		assertThat(messages.stringPropertyNames()).as("messages for codes that do not exist")
			.allSatisfy(key -> assertThat(keys).contains(key));
	}

	@Test
	void aProblemResolvesToItsMessageWithItsArguments() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename(BUNDLE);
		source.setDefaultEncoding("UTF-8");
		RuleDefinition rule = new RuleDefinition("k", RuleKind.SUGGEST, List.of(), "yoga", 500, "Why.",
				List.of("NICE NG59"), true);
		assertThat(Fixtures.validate(rule)).extracting(problem -> source.getMessage(problem, Locale.ENGLISH))
			.containsExactly("Choose a target that fits what the rule does: the draft has no option \u201cyoga\u201d.",
					"Use a whole number from -100 to 100.");
	}

	private static Properties load() {
		try (InputStream in = RuleProblemMessagesTest.class.getResourceAsStream("/" + BUNDLE + ".properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
