package org.nextsteps.pathway;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nextsteps.content.Stage;
import org.nextsteps.system.Coded;

/**
 * What a rule points at, read from its stored {@code target} text in this one place. The
 * option kinds take an option slug or {@code stage:<code>} (every option of that stage),
 * a disposition rule a disposition code, and explain, ask and safety-net rules the key of
 * an explanation, a doctor question or a safety-net line. Whether the content has it is
 * for {@link RuleSetCompiler} to check.
 */
public sealed interface RuleTarget {

	/** The text it is stored and sent as. */
	String code();

	/**
	 * Reads a stored target for a rule of this kind; empty when the text cannot be one
	 * (it is blank, or names no stage or disposition).
	 */
	static Optional<RuleTarget> parse(RuleKind kind, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return switch (kind) {
			case SUGGEST, FIRST, BOOST, EXCLUDE, PREFER,
					CAUTION ->
				text.startsWith(WholeStage.PREFIX)
						? Coded.byCode(Stage.class, text.substring(WholeStage.PREFIX.length())).map(WholeStage::new)
						: Optional.of(new Option(text));
			case DISPOSITION -> Disposition.byCode(text).map(Care::new);
			case EXPLAIN -> Optional.of(new ExplanationKey(text));
			case ASK -> Optional.of(new QuestionKey(text));
			case SAFETY_NET -> Optional.of(new SafetyNetKey(text));
		};
	}

	/** One option, by its slug. */
	record Option(String slug) implements RuleTarget {

		@Override
		public String code() {
			return slug;
		}

	}

	/** Every option of a stage, stored as {@code stage:<code>}. */
	record WholeStage(Stage stage) implements RuleTarget {

		static final String PREFIX = "stage:";

		@Override
		public String code() {
			return PREFIX + stage.code();
		}

	}

	/** How soon to get care: a disposition and with it its urgent option. */
	record Care(Disposition disposition) implements RuleTarget {

		@Override
		public String code() {
			return disposition.code();
		}

	}

	/** Why the injection may not have worked: an explanation's key. */
	record ExplanationKey(String key) implements RuleTarget {

		@Override
		public String code() {
			return key;
		}

	}

	/** A question for the doctor, by its key. */
	record QuestionKey(String key) implements RuleTarget {

		@Override
		public String code() {
			return key;
		}

	}

	/** A safety-net line, by its key. */
	record SafetyNetKey(String key) implements RuleTarget {

		@Override
		public String code() {
			return key;
		}

	}

}
