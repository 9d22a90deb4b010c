package org.nextsteps.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The first content of a new installation, written by our health writers:
 * {@code seed/content.json}.
 */
public final class ContentSeed {

	static final String LOCATION = "seed/content.json";

	private ContentSeed() {
	}

	public static ContentSnapshot load(JsonMapper json) {
		try (InputStream in = ContentSeed.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("Missing seed content: " + LOCATION);
			}
			return json.readValue(in, ContentSnapshot.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
