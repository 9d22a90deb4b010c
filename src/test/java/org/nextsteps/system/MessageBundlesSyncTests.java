package org.nextsteps.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: every patient-facing bundle has the same keys in English and Spanish, with
 * the same arguments; and no patient-facing template carries text of its own outside the
 * bundles (PetClinic's I18nPropertiesSyncTest is the model). Staff pages are in English
 * only.
 */
class MessageBundlesSyncTests {

	/** The bundles a patient or a clinician reads. */
	static final List<String> PATIENT_BUNDLES = List.of("system", "patient", "questionnaire", "content", "clinician");

	/** The templates a patient or a clinician sees. */
	private static final List<String> PATIENT_TEMPLATES = List.of("patient", "system", "fragments", "error");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void everyPatientBundleHasTheSameKeysAndArgumentsInEnglishAndSpanish() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : PATIENT_BUNDLES) {
			Properties english = load(bundle + ".properties");
			Properties spanish = load(bundle + "_es.properties");
			Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
			onlyEnglish.removeAll(spanish.stringPropertyNames());
			Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
			onlySpanish.removeAll(english.stringPropertyNames());
			onlyEnglish.forEach(key -> problems.add(bundle + ": " + key + " has no Spanish"));
			onlySpanish.forEach(key -> problems.add(bundle + "_es: " + key + " has no English"));
			for (String key : english.stringPropertyNames()) {
				String es = spanish.getProperty(key);
				if (es != null && !arguments(english.getProperty(key)).equals(arguments(es))) {
					problems.add(bundle + ": " + key + " has other arguments in Spanish");
				}
				if (es != null && es.isBlank() != english.getProperty(key).isBlank()) {
					problems.add(bundle + "_es: " + key + " is empty");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noPatientTemplateCarriesTextOutsideTheBundles() throws IOException {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (String folder : PATIENT_TEMPLATES) {
			try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates", folder))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".html"))
					.filter(f -> !f.getFileName().toString().startsWith("staff-"))
					.sorted()
					.toList()) {
					List<String> texts = ownTexts(Files.readString(file, StandardCharsets.UTF_8));
					if (!texts.isEmpty()) {
						found.put(folder + "/" + file.getFileName(), texts);
					}
				}
			}
		}
		assertThat(found).as("text in templates that no message replaces").isEmpty();
	}

	@Test
	void theCheckFindsTextOutsideTheBundles() {
		assertThat(ownTexts("<p th:text=\"#{a}\">Prototype</p><div><span>Hard-coded words</span></div>"))
			.containsExactly("Hard-coded words");
		assertThat(ownTexts("<a href=\"/x\" aria-label=\"Close\">x</a>")).contains("aria-label=Close");
		assertThat(ownTexts("<!--/* a comment */--><p th:replace=\"~{x}\"><b>prototype</b></p> [(${marker})]"))
			.isEmpty();
	}

	private static final Pattern TOKEN = Pattern
		.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|([^<]+)");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("(?<![\\w:-])(aria-label|title|placeholder|alt)=\"([^\"]*)\"");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	/** Whether an element's own content is replaced or removed when it is rendered. */
	private static final Pattern REPLACES = Pattern.compile("(?<![\\w:-])th:(text|utext|replace|insert|remove)=");

	/**
	 * The texts a template would show that no message or expression makes: words between
	 * tags whose element (or an enclosing one) does not replace its content, and literal
	 * labels in attributes a screen reader reads.
	 */
	static List<String> ownTexts(String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("\\[\\(\\$\\{[^}]*}\\)]|\\[\\[\\$\\{[^}]*}]]", "");
		List<String> texts = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher m = TOKEN.matcher(source);
		while (m.find()) {
			if (m.group(5) != null) {
				String text = m.group(5).replaceAll("&[a-zA-Z#0-9]+;", " ").strip();
				if (text.chars().anyMatch(Character::isLetter) && !replaced.contains(true)) {
					texts.add(text.replaceAll("\\s+", " "));
				}
				continue;
			}
			String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
			String attributes = m.group(3);
			if (m.group(1).isEmpty()) {
				Matcher a = ATTRIBUTE.matcher(attributes);
				while (a.find()) {
					if (a.group(2).chars().anyMatch(Character::isLetter)) {
						texts.add(a.group(1) + "=" + a.group(2));
					}
				}
				if (!m.group(4).isEmpty() || VOID.contains(tag)) {
					continue;
				}
				replaced.push(REPLACES.matcher(attributes).find());
			}
			else if (!replaced.isEmpty()) {
				replaced.pop();
			}
		}
		return texts;
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesSyncTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(in);
		}
		return properties;
	}

}
