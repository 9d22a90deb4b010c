package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Objects;

/** One validated answer. Built by {@link AnswerValidator}; codes are contract codes. */
public sealed interface Answer {

	/** The answer's codes; empty for a whole number. */
	List<String> codes();

	record Single(String code) implements Answer {

		public Single {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public List<String> codes() {
			return List.of(code);
		}

	}

	/** Codes without duplicates; the validator puts them in contract order. */
	record Multi(List<String> codes) implements Answer {

		public Multi {
			codes = codes.stream().distinct().toList();
		}

	}

	record Whole(int value) implements Answer {

		@Override
		public List<String> codes() {
			return List.of();
		}

	}

}
