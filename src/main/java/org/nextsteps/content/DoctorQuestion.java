package org.nextsteps.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A question a patient may ask their care team; rules choose them by key. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DoctorQuestion(String key, String text) {
}
