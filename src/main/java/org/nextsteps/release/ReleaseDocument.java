package org.nextsteps.release;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.pathway.RuleDefinition;

/**
 * The JSON form of a release as stored: all content and the whole decision table, in one
 * document.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReleaseDocument(ContentSnapshot content, List<RuleDefinition> rules) {

	ReleaseDocument {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

}
