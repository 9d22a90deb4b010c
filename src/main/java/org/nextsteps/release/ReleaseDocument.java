package org.nextsteps.release;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.nextsteps.content.ContentSnapshot;

/** The JSON form of a release as stored: everything a patient page needs, in one document. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReleaseDocument(ContentSnapshot content) {
}
