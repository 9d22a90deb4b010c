package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nextsteps.system.Coded;

/**
 * Stages of care, least to most invasive (contract: options.md). Declaration order is the
 * stepped-care order.
 */
public enum Stage implements Coded {

	URGENT, REASSESS, CONSERVATIVE, INTERVENTIONAL, ADVANCED, SURGICAL;

	/** The contract's lower-case code, e.g. {@code interventional}. */
	@JsonValue
	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Stage fromCode(String code) {
		return Coded.fromCode(Stage.class, code);
	}

}
