package org.nextsteps.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A plain explanation of one reason an injection may not have worked; rules choose them
 * by key.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Explanation(String key, String title, String body, List<String> sources) {

	public Explanation {
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

}
