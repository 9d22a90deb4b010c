package org.nextsteps.system;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A closed set whose members are stored and sent as codes ({@code interventional},
 * {@code is_any_of}): the one way back from a code to its enum constant.
 */
public interface Coded {

	/** The code it is stored and sent as. */
	String code();

	/** The constant of {@code type} with this code; empty for any other text. */
	static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, @Nullable String code) {
		return Optional.ofNullable(find(type.getEnumConstants(), code));
	}

	/** Whether the text is the code of a member of the enum {@code type}. */
	static boolean isCode(Class<? extends Coded> type, @Nullable String code) {
		return find(type.getEnumConstants(), code) != null;
	}

	/**
	 * The constant of {@code type} with this code.
	 * @throws IllegalArgumentException for any other text
	 */
	static <E extends Enum<E> & Coded> E fromCode(Class<E> type, @Nullable String code) {
		return byCode(type, code)
			.orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code));
	}

	private static <C extends Coded> @Nullable C find(C[] members, @Nullable String code) {
		for (C member : members) {
			if (member.code().equals(code)) {
				return member;
			}
		}
		return null;
	}

}
