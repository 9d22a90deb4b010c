package org.nextsteps.editor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nextsteps.content.SourceCatalogue;
import org.springframework.stereotype.Component;

/**
 * Issue 16: a source an editor types is a real citation, not a file name: a name the
 * catalogue knows ({@code nice-ng59}, or any way it is cited), or a citation with a year,
 * such as "Friedly 2014 NEJM (LESS trial)". Sources already in the saved version stay as
 * they are (the seed cites some by their source document's name, which the catalogue maps
 * to the work).
 */
@Component
class Citations {

	/** A file name: one word with a document's extension. */
	private static final Pattern FILE = Pattern
		.compile("(?i)^[\\p{L}\\p{N}_.-]+\\.(txt|pdf|docx?|md|html?|json|csv|xlsx?|rtf|odt)$");

	/** A year of publication, 1900 to 2099. */
	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private final SourceCatalogue catalogue;

	Citations(SourceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The first new source that is not a real citation, if any. */
	Optional<String> firstNotACitation(List<String> typed, Collection<String> saved) {
		return typed.stream().filter(line -> !saved.contains(line)).filter(line -> !isCitation(line)).findFirst();
	}

	boolean isCitation(String line) {
		String text = line.strip();
		if (FILE.matcher(text).matches()) {
			return false;
		}
		return catalogue.find(text).isPresent() || (YEAR.matcher(text).find() && text.split("\\s+").length >= 2);
	}

	/**
	 * Rejects {@code field} of a form when a new line of {@code typed} is not a real
	 * citation, naming it.
	 */
	void check(org.springframework.validation.Errors errors, String field, List<String> typed,
			Collection<String> saved) {
		if (!errors.hasFieldErrors(field)) {
			firstNotACitation(typed, saved).ifPresent(
					line -> errors.rejectValue(field, "editor.error.not-a-citation", new Object[] { line }, null));
		}
	}

}
