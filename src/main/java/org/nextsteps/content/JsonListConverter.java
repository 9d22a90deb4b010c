package org.nextsteps.content;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a short list of values as a JSON array in one column: read and written whole,
 * never queried.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TypeReference<List<T>> type;

	JsonListConverter(TypeReference<List<T>> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(List<T> values) {
		return JSON.writeValueAsString(values == null ? List.of() : values);
	}

	@Override
	public List<T> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, type));
	}

}
