package org.nextsteps.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nextsteps.questionnaire.Answers;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers in editor forms and links: each item is a parameter {@code a.<linkId>}, so they
 * never mix with the form's own fields. Stored scenarios keep them in the JSON shape of
 * the API ({@code "pain_score": 6}).
 */
final class AnswerParams {

	static final String PREFIX = "a.";

	private AnswerParams() {
	}

	/**
	 * The answer parameters of a request, by linkId, for
	 * {@code AnswerValidator.validateForm}.
	 */
	static Map<String, List<String>> from(MultiValueMap<String, String> params) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
				answers.put(name.substring(PREFIX.length()), values);
			}
		});
		return answers;
	}

	/** Stored (JSON-shaped) answers as form values. */
	@SuppressWarnings("unchecked")
	static Map<String, List<String>> fromRaw(Map<String, Object> raw) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		raw.forEach((linkId, value) -> {
			if (value instanceof List<?> list) {
				values.put(linkId, ((List<Object>) list).stream().map(String::valueOf).toList());
			}
			else if (value != null) {
				values.put(linkId, List.of(String.valueOf(value)));
			}
		});
		return values;
	}

	/** Valid answers as the query of a preview link. */
	static String query(Answers answers) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		fromRaw(answers.toRaw()).forEach((linkId, values) -> builder.queryParam(PREFIX + linkId, values.toArray()));
		String query = builder.encode().build().getQuery();
		return query == null ? "" : query;
	}

}
