package org.nextsteps.pathway;

/**
 * A compiled rule condition. Answers are encoded once per assessment as one bit mask per
 * item (bit i = code i of the item is selected; bit 0 alone for an answered integer item)
 * plus the integer values, so a test is a mask operation: no maps, strings or allocation
 * while evaluating.
 */
sealed interface Condition {

	boolean test(long[] selected, int[] numbers);

	/** Some selected code is among the codes ({@code is}, {@code is_any_of}). */
	record AnyOf(int item, long codes) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return (selected[item] & codes) != 0;
		}

	}

	/**
	 * No selected code is among the codes ({@code is_not}); holds for an unanswered item.
	 */
	record NoneOf(int item, long codes) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return (selected[item] & codes) == 0;
		}

	}

	record AtLeast(int item, int bound) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return selected[item] != 0 && numbers[item] >= bound;
		}

	}

	record AtMost(int item, int bound) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return selected[item] != 0 && numbers[item] <= bound;
		}

	}

	record Answered(int item) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return selected[item] != 0;
		}

	}

	record NotAnswered(int item) implements Condition {

		@Override
		public boolean test(long[] selected, int[] numbers) {
			return selected[item] == 0;
		}

	}

}
