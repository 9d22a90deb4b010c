package org.nextsteps.content;

import java.util.Locale;

/** Stages of care, least to most invasive (contract: options.md). Declaration order is the stepped-care order. */
public enum Stage {

	URGENT, REASSESS, CONSERVATIVE, INTERVENTIONAL, ADVANCED, SURGICAL;

	/** The contract's lower-case code, e.g. {@code interventional}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Stage fromCode(String code) {
		for (Stage s : values()) {
			if (s.code().equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("Unknown stage: " + code);
	}

}
