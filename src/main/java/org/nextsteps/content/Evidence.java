package org.nextsteps.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nextsteps.system.Coded;

/** How well a next step is supported by evidence (contract: options.md). */
public enum Evidence implements Coded {

	ESTABLISHED, MIXED, EMERGING, INVESTIGATIONAL, DISPUTED;

	@JsonValue
	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Evidence fromCode(String code) {
		return Coded.fromCode(Evidence.class, code);
	}

}
