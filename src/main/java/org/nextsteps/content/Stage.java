package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stages of care, least to most invasive (contract: options.md). Declaration order is the
 * stepped-care order.
 */
public enum Stage {

	URGENT, REASSESS, CONSERVATIVE, INTERVENTIONAL, ADVANCED, SURGICAL;

	/** The contract's lower-case code, e.g. {@code interventional}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Stage fromCode(String code) {
		for (Stage s : values()) {
			if (s.code().equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("Unknown stage: " + code);
	}

}
