package org.nextsteps.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One fact of the About page that editors keep (issue 16): who writes and checks the
 * guide, who pays, conflicts of interest, how it is made and kept up to date. Its key is
 * the About page's message key without {@code about.}; a release that lacks a fact shows
 * the page's own wording.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AboutFact(String key, String text) {

	/** The facts editors keep, in page order. */
	public static final List<String> KEYS = List.of("what.body", "method.writing", "method.checks", "roles.body",
			"roles.missing", "funding.body", "conflicts.body", "updates.body", "limits.body");

}
