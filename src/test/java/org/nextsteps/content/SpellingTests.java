package org.nextsteps.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: one spelling throughout what patients and editors read. The guide writes
 * American English ("program", "sensitization"), so the British forms of the words it
 * uses do not appear in the content, the rules' reasons or the bundles.
 */
class SpellingTests {

	private static final Pattern BRITISH = Pattern.compile("(?i)\\b(programmes?|behaviours?|colours?|centres?|"
			+ "organis(e|ed|es|ing|ation)|individualis(e|ed)|recognis(e|ed))\\b");

	@Test
	void theContentRulesAndBundlesUseOneSpelling() throws IOException {
		Path resources = Path.of("src", "main", "resources");
		List<Path> files;
		try (Stream<Path> paths = Stream.concat(Files.walk(resources.resolve("seed")),
				Files.walk(resources.resolve("messages")))) {
			files = paths.filter(Files::isRegularFile).toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			var found = BRITISH.matcher(Files.readString(file)).results().map(match -> match.group()).toList();
			assertThat(found).as("British spellings in %s", file).isEmpty();
		}
	}

}
