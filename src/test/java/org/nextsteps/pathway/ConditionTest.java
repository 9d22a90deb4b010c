package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Condition semantics on the encoded answers: bit masks per item, values for integer
 * items.
 */
class ConditionTest {

	private static final long A = 1L;

	private static final long B = 1L << 1;

	private static final long C = 1L << 2;

	private final long[] selected = { A | C, 0, 1 };

	private final int[] numbers = { 0, 0, 6 };

	@Test
	void anyOfHoldsWhenAnySelectedCodeIsAmongTheValues() {
		assertThat(new Condition.AnyOf(0, B | C).test(selected, numbers)).isTrue();
		assertThat(new Condition.AnyOf(0, B).test(selected, numbers)).isFalse();
		assertThat(new Condition.AnyOf(1, A | B | C).test(selected, numbers)).as("unanswered").isFalse();
	}

	@Test
	void noneOfHoldsWhenNoSelectedCodeIsAmongTheValuesAndForUnanswered() {
		assertThat(new Condition.NoneOf(0, B).test(selected, numbers)).isTrue();
		assertThat(new Condition.NoneOf(0, A | B).test(selected, numbers)).isFalse();
		assertThat(new Condition.NoneOf(1, A).test(selected, numbers)).as("unanswered").isTrue();
	}

	@Test
	void integerBoundsNeedAnAnswer() {
		assertThat(new Condition.AtLeast(2, 6).test(selected, numbers)).isTrue();
		assertThat(new Condition.AtLeast(2, 7).test(selected, numbers)).isFalse();
		assertThat(new Condition.AtMost(2, 6).test(selected, numbers)).isTrue();
		assertThat(new Condition.AtMost(2, 5).test(selected, numbers)).isFalse();
		assertThat(new Condition.AtMost(1, 10).test(selected, numbers)).as("unanswered").isFalse();
		assertThat(new Condition.AtLeast(1, 0).test(selected, numbers)).as("unanswered").isFalse();
	}

	@Test
	void answeredTests() {
		assertThat(new Condition.Answered(0).test(selected, numbers)).isTrue();
		assertThat(new Condition.Answered(1).test(selected, numbers)).isFalse();
		assertThat(new Condition.NotAnswered(1).test(selected, numbers)).isTrue();
		assertThat(new Condition.NotAnswered(2).test(selected, numbers)).isFalse();
	}

}
