package org.nextsteps.content;

import java.util.Locale;

/** How well a next step is supported by evidence (contract: options.md). */
public enum Evidence {

	ESTABLISHED, MIXED, EMERGING, INVESTIGATIONAL, DISPUTED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Evidence fromCode(String code) {
		for (Evidence e : values()) {
			if (e.code().equals(code)) {
				return e;
			}
		}
		throw new IllegalArgumentException("Unknown evidence status: " + code);
	}

}
