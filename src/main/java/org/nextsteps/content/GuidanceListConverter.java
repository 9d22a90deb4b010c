package org.nextsteps.content;

import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/** An option's guideline positions as one JSON column. */
@Converter
class GuidanceListConverter extends JsonListConverter<Guidance> {

	GuidanceListConverter() {
		super(new TypeReference<>() {
		});
	}

}
