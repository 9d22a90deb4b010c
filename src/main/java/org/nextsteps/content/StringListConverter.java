package org.nextsteps.content;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a short list of strings as a JSON array in one column: read and written whole, never queried. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return JSON.writeValueAsString(values == null ? List.of() : values);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, LIST));
	}

}
