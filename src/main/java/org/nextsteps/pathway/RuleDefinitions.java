package org.nextsteps.pathway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the decision table as JSON: {@code {"rules": [...]}}, the format of
 * {@value #SEED} and of a release snapshot.
 */
public final class RuleDefinitions {

	/** The seed decision table on the classpath. */
	public static final String SEED = "seed/rules.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RuleDefinitions() {
	}

	/** The JSON document: a wrapper so the format can grow without breaking readers. */
	record Document(List<RuleDefinition> rules) {
	}

	public static List<RuleDefinition> read(InputStream json) {
		Document document = JSON.readValue(json, Document.class);
		return document.rules() == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(document.rules()));
	}

	public static String write(List<RuleDefinition> rules) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Document(rules));
	}

	/** The seed rules shipped with the application. */
	public static List<RuleDefinition> seed() {
		try (InputStream in = RuleDefinitions.class.getClassLoader().getResourceAsStream(SEED)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + SEED);
			}
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
