package org.nextsteps.content;

import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/**
 * Stores a short list of strings as a JSON array in one column: read and written whole,
 * never queried.
 */
@Converter
public class StringListConverter extends JsonListConverter<String> {

	public StringListConverter() {
		super(new TypeReference<>() {
		});
	}

}
