package org.nextsteps.patient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.resultpage.Reflection;
import org.springframework.util.MultiValueMap;

/**
 * The weighing exercise as posted from a result page: {@code value.<trade-off>} from 1 to
 * 5, {@code leaning} (the slug of an option the page offered, or "not-sure"),
 * {@code ready.<question>} yes or no, and {@code next} (which button). Anything else, or
 * any of these twice or out of range, is not what the form sends.
 */
final class WeighForm {

	private static final String VALUE = "value.";

	private static final String READY = "ready.";

	private WeighForm() {
	}

	/**
	 * What the patient said; empty when the form holds anything it could not have sent.
	 * @param offered the options the page offered to lean toward
	 */
	static Optional<Reflection> read(MultiValueMap<String, String> form, List<Assessments.Suggestion> offered) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		Map<String, Boolean> readiness = new LinkedHashMap<>();
		String leaning = null;
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			if (field.getValue().size() != 1) {
				return Optional.empty();
			}
			String value = field.getValue().get(0);
			if (name.startsWith(VALUE) && Reflection.VALUES.contains(name.substring(VALUE.length()))) {
				Integer rating = rating(value);
				if (rating == null) {
					return Optional.empty();
				}
				ratings.put(name.substring(VALUE.length()), rating);
			}
			else if (name.startsWith(READY) && Reflection.READINESS.contains(name.substring(READY.length()))
					&& (value.equals("yes") || value.equals("no"))) {
				readiness.put(name.substring(READY.length()), value.equals("yes"));
			}
			else if (name.equals("leaning") && (value.equals(Reflection.NOT_SURE)
					|| offered.stream().anyMatch(s -> s.ranked().slug().equals(value)))) {
				leaning = value;
			}
			else if (!name.equals("next") || !(value.equals("fit") || value.equals("ready"))) {
				return Optional.empty();
			}
		}
		return Optional.of(new Reflection(ratings, leaning, readiness));
	}

	private static @Nullable Integer rating(String value) {
		if (value.length() != 1 || value.charAt(0) < '1' || value.charAt(0) > '0' + Reflection.SCALE) {
			return null;
		}
		return value.charAt(0) - '0';
	}

}
