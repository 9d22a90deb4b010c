package org.nextsteps.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.nextsteps.system.Coded;

/**
 * One work the guide cites, as a reader can find it ({@link SourceCatalogue}).
 *
 * @param id its name in the catalogue, e.g. {@code nice-ng59}
 * @param kind what sort of work it is
 * @param title its own title; a description in square brackets for a work without one
 * @param author the author(s) or the organisation, if the work names one
 * @param publishedIn the journal, series or site it appeared in, if any
 * @param year the year of the version cited, if known
 * @param updated the year it was last updated, if after {@code year}
 * @param url a public web address of the work, only where one was seen
 * @param aliases the other ways content cites it (seed file names, older free text); read
 * from the catalogue, never sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, Kind kind, String title, @Nullable String author, @Nullable String publishedIn,
		@Nullable Integer year, @Nullable Integer updated, @Nullable String url,
		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<String> aliases) {

	public Source {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/**
	 * Its title as the first sentence of a citation: with a full stop unless it has one.
	 */
	public String heading() {
		return title.matches(".*[.?!]$") ? title : title + ".";
	}

	/**
	 * Who made it, where and when: "author, published in, year", leaving out what is not
	 * known.
	 */
	public String byline() {
		return Stream.of(author, publishedIn, year == null ? null : year.toString())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

	/** The sorts of work the guide cites. */
	public enum Kind implements Coded {

		/** A guideline or guidance of a health body or a group of societies. */
		GUIDELINE,
		/** One study, such as a trial. */
		STUDY,
		/** A review of many studies. */
		REVIEW,
		/**
		 * An article on a website: the five source documents the guide was built from.
		 */
		WEB_ARTICLE,
		/** Common practice in pain clinics that no one published source states. */
		PRACTICE;

		@JsonValue
		@Override
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		@JsonCreator
		public static Kind fromCode(String code) {
			return Coded.fromCode(Kind.class, code);
		}

	}

}
