package org.nextsteps.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 13: every number the guide shows is "N out of 100" with a source it has read.
 * Read from the seed's own JSON, so that a number written for another denominator (a
 * "denominator" of 1,000, or a count above 100) or without a source fails here, not
 * silently on a page.
 */
class OutcomeNumbersTests {

	@SuppressWarnings("unchecked")
	private static final java.util.Map<String, String> SPANISH = JsonMapper.builder()
		.build()
		.readValue(OutcomeNumbersTests.class.getClassLoader().getResourceAsStream("seed/translations-es.json"),
				java.util.Map.class);

	private static final Set<String> FIELDS = Set.of("measure", "count", "group", "timeFrame", "compareCount",
			"compareGroup", "source", "denominator");

	@Test
	void everyOutcomeInTheSeedCountsOutOf100AndNamesACataloguedSource() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		SourceCatalogue catalogue = SourceCatalogue.load(json);
		int outcomes = 0;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/content.json")) {
			for (JsonNode option : json.readTree(in).get("options")) {
				String slug = option.get("slug").asString();
				for (JsonNode outcome : option.path("outcomes")) {
					outcomes++;
					assertThat(outcome.propertyNames()).as(slug).isSubsetOf(FIELDS);
					assertThat(outcome.path("denominator").asInt(Outcome.DENOMINATOR)).as("%s: out of 100", slug)
						.isEqualTo(Outcome.DENOMINATOR);
					assertThat(outcome.get("count").asInt()).as(slug).isBetween(0, Outcome.DENOMINATOR);
					if (outcome.has("compareCount")) {
						assertThat(outcome.get("compareCount").asInt()).as(slug).isBetween(0, Outcome.DENOMINATOR);
					}
					for (String part : java.util.List.of("group", "measure", "timeFrame", "compareGroup")) {
						String text = outcome.path(part).asString("");
						assertThat(Outcome.endsASentence(text)).as("%s: its %s '%s' ends a sentence", slug, part, text)
							.isFalse();
						String spanish = SPANISH.get(text);
						if (spanish != null) {
							assertThat(Outcome.endsASentence(spanish))
								.as("%s: the Spanish of its %s '%s' ends a sentence", slug, part, spanish)
								.isFalse();
						}
					}
					String source = outcome.path("source").asString("");
					assertThat(source).as("%s: a source", slug).isNotBlank();
					assertThat(catalogue.find(source)).as("%s: '%s' is in the catalogue", slug, source).isPresent();
				}
			}
		}
		assertThat(outcomes).as("numbers in the seed").isGreaterThanOrEqualTo(6);
	}

	@Test
	void aPartThatEndsASentenceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Outcome.parseLine(
				"95 | people who began without surgery. Of them, 39 had surgery | felt recovered | after 1 year | Peul 2007"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Outcome.parseLine("95 | people | felt recovered. | after 1 year | Peul 2007"));
		assertThat(
				Outcome.parseLine("95 | people (e.g. adults, 2.5 years on) | felt recovered | after 1 year | Peul 2007")
					.group())
			.isEqualTo("people (e.g. adults, 2.5 years on)");
	}

	@Test
	void aNumberOutOfAnythingButOneHundredIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Outcome("got better", 480, "people", "after a year", null, null, "Someone 2020"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Outcome("got better", 48, "people", "after a year", 101, "others", "Someone 2020"));
	}

}
