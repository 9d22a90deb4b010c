package org.nextsteps.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The first content of a new installation, written by our health writers:
 * {@code seed/content.json}.
 */
public final class ContentSeed {

	static final String LOCATION = "seed/content.json";

	/** The Spanish of each patient text of the seed, by its English (issue 14). */
	static final String SPANISH = "seed/translations-es.json";

	private ContentSeed() {
	}

	public static ContentSnapshot load(JsonMapper json) {
		try (InputStream in = ContentSeed.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("Missing seed content: " + LOCATION);
			}
			ContentSnapshot content = json.readValue(in, ContentSnapshot.class);
			return content.withSpanish(spanish(json));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> spanish(JsonMapper json) throws IOException {
		try (InputStream in = ContentSeed.class.getClassLoader().getResourceAsStream(SPANISH)) {
			return in == null ? Map.of() : json.readValue(in, Map.class);
		}
	}

}
