package org.nextsteps.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every work the guide cites, read once at start from {@code seed/sources.json}: the same
 * for every release, so a source cited by an old release (a seed file name, a guideline
 * name as once typed) shows as the same citation as in the newest one. Content keeps
 * citing sources as text; a text is looked up by the entry's id or one of its aliases,
 * ignoring case and the spaces around it.
 */
@Component
public class SourceCatalogue {

	static final String LOCATION = "seed/sources.json";

	private final List<Source> sources;

	private final Map<String, Source> byName;

	@Autowired
	SourceCatalogue(JsonMapper json) {
		this(read(json));
	}

	/**
	 * @throws IllegalStateException when two entries share an id or alias, or a web
	 * address is not https
	 */
	SourceCatalogue(List<Source> sources) {
		this.sources = List.copyOf(sources);
		Map<String, Source> names = new HashMap<>();
		for (Source source : sources) {
			if (source.url() != null && !source.url().startsWith("https://")) {
				throw new IllegalStateException("Source " + source.id() + ": a web address must start with https://");
			}
			List<String> own = new ArrayList<>(source.aliases());
			own.add(0, source.id());
			for (String name : own) {
				Source before = names.put(key(name), source);
				if (before != null) {
					throw new IllegalStateException("Sources " + before.id() + " and " + source.id() + " are both '"
							+ name + "' in " + LOCATION);
				}
			}
		}
		this.byName = Map.copyOf(names);
	}

	/** The catalogue the app ships: {@code seed/sources.json}. */
	public static SourceCatalogue load(JsonMapper json) {
		return new SourceCatalogue(read(json));
	}

	private static List<Source> read(JsonMapper json) {
		try (InputStream in = SourceCatalogue.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("Missing source catalogue: " + LOCATION);
			}
			return json.readValue(in, CatalogueFile.class).sources();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Every entry, in the catalogue's order. */
	public List<Source> sources() {
		return sources;
	}

	/** The entry a text names (its id or an alias), if any. */
	public Optional<Source> find(String cited) {
		return Optional.ofNullable(byName.get(key(cited)));
	}

	/**
	 * A text as a citation: with its entry, or as written when the catalogue has none.
	 */
	public Citation cite(String cited) {
		return new Citation(cited, find(cited).orElse(null));
	}

	/** Texts as citations, in their order. */
	public List<Citation> cite(List<String> cited) {
		return cited.stream().map(this::cite).toList();
	}

	/**
	 * Everything an option cites: its sources, then the sources of its numbers that are
	 * not among them; each work once, however it is written.
	 */
	public List<Citation> citations(OptionContent option) {
		List<String> all = new ArrayList<>(option.sources());
		option.outcomes().forEach(outcome -> all.add(outcome.source()));
		return distinct(all);
	}

	/**
	 * Everything a whole release cites (options, their numbers, explanations), each work
	 * once.
	 */
	public List<Citation> citations(ContentSnapshot content) {
		List<String> all = new ArrayList<>();
		for (OptionContent option : content.options()) {
			all.addAll(option.sources());
			option.outcomes().forEach(outcome -> all.add(outcome.source()));
		}
		content.explanations().forEach(explanation -> all.addAll(explanation.sources()));
		return distinct(all);
	}

	private List<Citation> distinct(List<String> cited) {
		Map<String, Citation> once = new LinkedHashMap<>();
		for (String text : cited) {
			Citation citation = cite(text);
			once.putIfAbsent(citation.source() != null ? "id:" + citation.source().id() : "text:" + key(text),
					citation);
		}
		return List.copyOf(once.values());
	}

	/** The file: the entries under {@code sources}, beside a note for its readers. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record CatalogueFile(List<Source> sources) {

	}

}
