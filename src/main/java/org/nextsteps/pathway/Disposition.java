package org.nextsteps.pathway;

import java.util.Locale;
import java.util.Optional;

import org.nextsteps.system.Coded;

/**
 * How soon the patient should get care, most urgent first. Which red flags force which
 * disposition is data (DISPOSITION rules); each disposition but {@link #ROUTINE} has one
 * urgent option that is then ranked first.
 */
public enum Disposition implements Coded {

	EMERGENCY("emergency-care"), URGENT("same-day-medical-review"), SOON("prompt-medical-review"), ROUTINE(null);

	private final String urgentOption;

	Disposition(String urgentOption) {
		this.urgentOption = urgentOption;
	}

	/** The contract code, e.g. {@code urgent}. */
	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The option slug ranked first for this disposition (options.md); empty for routine.
	 */
	public Optional<String> urgentOption() {
		return Optional.ofNullable(urgentOption);
	}

	public static Optional<Disposition> byCode(String code) {
		return Coded.byCode(Disposition.class, code);
	}

	public static Disposition fromCode(String code) {
		return Coded.fromCode(Disposition.class, code);
	}

}
