package org.nextsteps.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDefinitions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: every patient text of the seed content, and every reason of the seed rules,
 * has its Spanish, and every Spanish text of eight words or more reaches INFLESZ 65; the
 * numbers of a text are the same in both languages.
 */
class SpanishContentTests {

	private static final ContentSnapshot SEED = ContentSeed.load(JsonMapper.builder().build());

	@Test
	void everyPatientTextAndRuleReasonHasItsSpanish() {
		List<String> missing = new ArrayList<>();
		for (String text : texts()) {
			if (!SEED.spanish().containsKey(text) || SEED.spanish().get(text).isBlank()) {
				missing.add(text);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everySpanishTextIsEasyToRead() {
		Map<String, Double> hard = new TreeMap<>();
		for (String english : texts()) {
			String spanish = SEED.spanish().getOrDefault(english, "");
			if (SpanishReadability.words(spanish) >= SpanishReadability.MIN_WORDS
					&& SpanishReadability.inflesz(spanish) < SpanishReadability.MIN_INFLESZ) {
				hard.put(spanish, SpanishReadability.inflesz(spanish));
			}
		}
		assertThat(hard).isEmpty();
	}

	@Test
	void theNumbersOfATextAreTheSameInSpanish() {
		List<String> differ = new ArrayList<>();
		for (String english : texts()) {
			String spanish = SEED.spanish().getOrDefault(english, english);
			if (!numbers(english).equals(numbers(spanish))) {
				differ.add(english + " -> " + spanish);
			}
		}
		assertThat(differ).isEmpty();
	}

	@Test
	void theSpanishOfAnOptionKeepsItsCodesSourcesAndScores() {
		ContentSnapshot spanish = SEED
			.translated(text -> text == null ? null : SEED.spanish().getOrDefault(text, text));
		for (int i = 0; i < SEED.options().size(); i++) {
			OptionContent en = SEED.options().get(i);
			OptionContent es = spanish.options().get(i);
			assertThat(es.slug()).isEqualTo(en.slug());
			assertThat(es.stage()).isEqualTo(en.stage());
			assertThat(es.evidence()).isEqualTo(en.evidence());
			assertThat(es.sources()).isEqualTo(en.sources());
			assertThat(es.invasiveness()).isEqualTo(en.invasiveness());
			assertThat(es.priorities()).isEqualTo(en.priorities());
			assertThat(es.outcomes()).extracting(Outcome::count)
				.isEqualTo(en.outcomes().stream().map(Outcome::count).toList());
			assertThat(es.title()).as(en.slug()).isNotEqualTo(en.title());
		}
	}

	private static List<String> texts() {
		List<String> texts = new ArrayList<>(SEED.patientTexts());
		for (RuleDefinition rule : RuleDefinitions.seed()) {
			if (rule.reason() != null && !texts.contains(rule.reason())) {
				texts.add(rule.reason());
			}
		}
		return texts;
	}

	/**
	 * The digit groups of a text, sorted; the emergency numbers the Spanish names where
	 * the English says "call emergency services" (911, 112) aside.
	 */
	private static List<String> numbers(String text) {
		return java.util.regex.Pattern.compile("\\d+")
			.matcher(text)
			.results()
			.map(m -> m.group())
			.filter(n -> !n.equals("911") && !n.equals("112"))
			.sorted()
			.toList();
	}

}
