package org.nextsteps.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A source as content cites it, with the catalogue's entry for it when there is one: a
 * string the catalogue does not know (an editor's new reference, or one of an old
 * release) is shown as it was written.
 *
 * @param cited the text as content has it, e.g. {@code 002_e42bb21a26df5577.txt} or
 * {@code NICE NG59 (2016, updated 2020)}
 * @param source the catalogue's entry for it, or null when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String cited, @JsonUnwrapped @Nullable Source source) {

}
