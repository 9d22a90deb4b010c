package org.nextsteps.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The catalogue of every work the guide cites (seed/sources.json), and how texts find
 * their entry.
 */
class SourceCatalogueTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final SourceCatalogue CATALOGUE = SourceCatalogue.load(JSON);

	static final ContentSnapshot SEED = ContentSeed.load(JSON);

	static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Test
	void everySourceTheSeedContentCitesIsCatalogued() {
		List<String> cited = new ArrayList<>();
		for (OptionContent option : SEED.options()) {
			cited.addAll(option.sources());
			option.outcomes().forEach(outcome -> cited.add(outcome.source()));
		}
		SEED.explanations().forEach(explanation -> cited.addAll(explanation.sources()));
		assertThat(cited.stream().filter(text -> CATALOGUE.find(text).isEmpty()).distinct()).isEmpty();
	}

	@Test
	void everyEntryIsACitation() {
		for (Source source : CATALOGUE.sources()) {
			assertThat(source.title()).as(source.id()).isNotBlank();
			assertThat(source.url() == null || source.url().startsWith("https://")).as(source.id()).isTrue();
			if (source.kind() != Source.Kind.PRACTICE && source.kind() != Source.Kind.WEB_ARTICLE) {
				assertThat(source.author()).as("%s names who made it", source.id()).isNotBlank();
				assertThat(source.year()).as("%s has a year", source.id()).isNotNull();
				assertThat(source.url()).as("%s can be found", source.id()).isNotNull();
			}
		}
	}

	/**
	 * The five source documents are cited as web articles under their file names, by
	 * their own title (or, for one without a title, a description in square brackets),
	 * and with an author only when the document names one.
	 */
	@Test
	void eachSourceDocumentIsCitedByItsOwnTitle() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "shared/seeds is not beside the project");
		List<Path> documents;
		try (Stream<Path> files = Files.list(SEEDS)) {
			documents = files.sorted().toList();
		}
		assertThat(documents).hasSize(5);
		for (Path document : documents) {
			String name = document.getFileName().toString();
			Source source = CATALOGUE.find(name).orElseThrow(() -> new AssertionError(name + " is not catalogued"));
			String text = Files.readString(document, StandardCharsets.UTF_8);
			assertThat(source.kind()).as(name).isEqualTo(Source.Kind.WEB_ARTICLE);
			assertThat(source.title().startsWith("[") && source.title().endsWith("]")
					|| plain(head(text)).contains(plain(source.title())))
				.as("%s: '%s' is its title", name, source.title())
				.isTrue();
			if (source.author() != null) {
				assertThat(text).as(name).contains(source.author());
			}
		}
	}

	@Test
	void aTextFindsItsEntryByIdOrAliasWhateverItsCaseAndSpaces() {
		assertThat(CATALOGUE.find("nice-ng59")).map(Source::id).contains("nice-ng59");
		assertThat(CATALOGUE.find("  nice ng59 (2016, UPDATED 2020) ")).map(Source::id).contains("nice-ng59");
		assertThat(CATALOGUE.find("002_e42bb21a26df5577.txt")).map(Source::title)
			.contains("What to Do If Steroid Injections Don't Work");
	}

	@Test
	void aTextTheCatalogueDoesNotKnowIsCitedAsWritten() {
		Citation citation = CATALOGUE.cite("A leaflet from my clinic (2024)");
		assertThat(citation.source()).isNull();
		assertThat(citation.cited()).isEqualTo("A leaflet from my clinic (2024)");
	}

	@Test
	void anOptionCitesEachWorkOnceHoweverItIsWritten() {
		OptionContent rfa = seedOption("radiofrequency-ablation");
		List<Citation> citations = CATALOGUE.citations(rfa);
		// Cohen 2010 is a source and the source of three numbers, written two ways
		assertThat(citations).filteredOn(c -> c.source() != null && c.source().id().equals("cohen-2010-facet-blocks"))
			.hasSize(1);
		assertThat(citations).hasSize(rfa.sources().size());
	}

	@Test
	void theSourcesOfNumbersAreAmongAnOptionsCitations() {
		OptionContent physio = seedOption("physical-therapy");
		assertThat(CATALOGUE.citations(physio)).extracting(c -> c.source().id()).contains("delitto-2015");
	}

	@Test
	void aCatalogueWithTwoEntriesOfOneNameOrAnAddressThatIsNotHttpsIsRefused() {
		Source a = new Source("a", Source.Kind.STUDY, "A", null, null, 2020, null, null, List.of("Smith 2020"));
		Source b = new Source("b", Source.Kind.STUDY, "B", null, null, 2021, null, null, List.of("smith 2020 "));
		assertThatIllegalStateException().isThrownBy(() -> new SourceCatalogue(List.of(a, b)));
		Source plain = new Source("c", Source.Kind.STUDY, "C", null, null, 2020, null, "ftp://example.org/c",
				List.of());
		assertThatIllegalStateException().isThrownBy(() -> new SourceCatalogue(List.of(plain)));
	}

	@Test
	void aCitationStartsWithItsTitleAsASentence() {
		Source source = CATALOGUE.find("peul-2007").orElseThrow();
		assertThat(source.heading()).isEqualTo("Surgery versus prolonged conservative treatment for sciatica.");
		assertThat(source.byline()).isEqualTo("Peul WC and others, New England Journal of Medicine, 2007");
		assertThat(CATALOGUE.find("web-article-000").orElseThrow().heading())
			.isEqualTo("What Happens If Back Injections Don't Work?");
	}

	private static OptionContent seedOption(String slug) {
		return SEED.options().stream().filter(option -> option.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** The first lines of a document, where a web article has its title. */
	private static String head(String text) {
		return String.join(" ", text.lines().limit(10).toList());
	}

	/** Lower case, one kind of apostrophe. */
	private static String plain(String text) {
		return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
	}

}
