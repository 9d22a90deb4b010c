package org.nextsteps.pathway;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rule's conditions as one JSON column: always read and written with the rule, never
 * queried.
 */
@Converter
class ConditionListConverter implements AttributeConverter<List<ConditionDefinition>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<ConditionDefinition>> LIST = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<ConditionDefinition> conditions) {
		return JSON.writeValueAsString(conditions == null ? List.of() : conditions);
	}

	@Override
	public List<ConditionDefinition> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, LIST));
	}

}
