package org.nextsteps.content;

import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/** An option's outcome numbers as one JSON column. */
@Converter
class OutcomeListConverter extends JsonListConverter<Outcome> {

	OutcomeListConverter() {
		super(new TypeReference<>() {
		});
	}

}
