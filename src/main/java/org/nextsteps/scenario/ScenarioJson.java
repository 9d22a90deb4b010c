package org.nextsteps.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scenario columns as JSON: read and written whole, never queried. */
final class ScenarioJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ScenarioJson() {
	}

	@Converter
	static class AnswersConverter implements AttributeConverter<Map<String, Object>, String> {

		private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(Map<String, Object> answers) {
			return JSON.writeValueAsString(answers == null ? Map.of() : answers);
		}

		@Override
		public Map<String, Object> convertToEntityAttribute(String column) {
			return column == null || column.isBlank() ? new LinkedHashMap<>() : JSON.readValue(column, MAP);
		}

	}

	/** Each expectation as its {@link Expectation.Stored} row. */
	@Converter
	static class ExpectationsConverter implements AttributeConverter<List<Expectation>, String> {

		private static final TypeReference<List<Expectation.Stored>> LIST = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(List<Expectation> expectations) {
			return JSON.writeValueAsString(
					expectations == null ? List.of() : expectations.stream().map(Expectation::stored).toList());
		}

		@Override
		public List<Expectation> convertToEntityAttribute(String column) {
			return column == null || column.isBlank() ? List.of()
					: JSON.readValue(column, LIST).stream().map(Expectation.Stored::toExpectation).toList();
		}

	}

}
