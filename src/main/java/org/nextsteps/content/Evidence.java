package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How well a next step is supported by evidence (contract: options.md). */
public enum Evidence {

	ESTABLISHED, MIXED, EMERGING, INVESTIGATIONAL, DISPUTED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Evidence fromCode(String code) {
		for (Evidence e : values()) {
			if (e.code().equals(code)) {
				return e;
			}
		}
		throw new IllegalArgumentException("Unknown evidence status: " + code);
	}

}
