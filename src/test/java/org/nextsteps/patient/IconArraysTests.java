package org.nextsteps.patient;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** "N out of 100" as 100 figures: N filled, the rest outlined. */
class IconArraysTests {

	private static final Pattern PATH = Pattern.compile("<path class=\"icon-array__(count|rest)\" d=\"([^\"]*)\"/>");

	private final IconArrays arrays = new IconArrays();

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 9, 48, 64, 99, 100 })
	void aPictureHasTheCountFilledAndTheRestOutlined(int count) {
		String svg = arrays.svg(count);
		int filled = 0;
		int rest = 0;
		Matcher path = PATH.matcher(svg);
		while (path.find()) {
			int figures = figures(path.group(2));
			if (path.group(1).equals("count")) {
				filled += figures;
			}
			else {
				rest += figures;
			}
		}
		assertThat(filled).isEqualTo(count);
		assertThat(rest).isEqualTo(IconArrays.PEOPLE - count);
		assertThat(svg).startsWith("<svg class=\"icon-array\"")
			.contains("aria-hidden=\"true\"", "focusable=\"false\"")
			.doesNotContain("style=", "<script", "href");
	}

	@Test
	void everyCountHasItsOwnPictureAndNoOtherCountHasOne() {
		Set<String> pictures = new HashSet<>();
		for (int count = 0; count <= IconArrays.PEOPLE; count++) {
			pictures.add(arrays.svg(count));
		}
		assertThat(pictures).hasSize(IconArrays.PEOPLE + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> arrays.svg(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> arrays.svg(101));
	}

	/** Each figure is a head then a body: two subpaths. */
	private static int figures(String d) {
		return (int) d.chars().filter(c -> c == 'M').count() / 2;
	}

}
