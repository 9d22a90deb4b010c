package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nextsteps.pathway.Evaluation;

/**
 * Checks a result against a scenario's expectations, the way shared/tools/check-guide.py
 * does. Each failure is a message key with its arguments (messages/editor), so editors
 * read why in words.
 */
final class ScenarioCheck {

	record Failure(String key, List<Object> args) {

		Failure(String key, Object... args) {
			this(key, List.of(args));
		}

		public Object[] argArray() {
			return args.toArray();
		}

	}

	private ScenarioCheck() {
	}

	static List<Failure> check(List<Expectation> expectations, Evaluation evaluation) {
		Map<String, Integer> rank = new HashMap<>();
		evaluation.options().forEach(option -> rank.put(option.slug(), option.rank()));
		String first = evaluation.options().isEmpty() ? "-" : evaluation.options().get(0).slug();
		List<Failure> failures = new ArrayList<>();
		for (Expectation e : expectations) {
			Expectation.Type type = e.kind().orElse(null);
			if (type == null) {
				failures.add(new Failure("editor.check.unknown", e.type()));
				continue;
			}
			Integer at = rank.get(e.value());
			switch (type) {
				case DISPOSITION -> {
					if (!evaluation.disposition().code().equals(e.value())) {
						failures
							.add(new Failure("editor.check.disposition", e.value(), evaluation.disposition().code()));
					}
				}
				case FIRST -> {
					if (!first.equals(e.value())) {
						failures.add(new Failure("editor.check.first", e.value(), first));
					}
				}
				case IN_TOP -> {
					if (at == null || at > n(e)) {
						failures.add(at == null ? new Failure("editor.check.in-top.absent", e.value(), n(e))
								: new Failure("editor.check.in-top", e.value(), n(e), at));
					}
				}
				case NOT_IN_TOP -> {
					if (at != null && at <= n(e)) {
						failures.add(new Failure("editor.check.not-in-top", e.value(), n(e), at));
					}
				}
				case PRESENT -> {
					if (at == null) {
						failures.add(new Failure("editor.check.present", e.value()));
					}
				}
				case ABSENT -> {
					if (at != null) {
						failures.add(new Failure("editor.check.absent", e.value(), at));
					}
				}
				case BEFORE -> {
					Integer other = rank.get(e.other());
					if (at == null) {
						failures.add(new Failure("editor.check.before.absent", e.value(), e.other()));
					}
					else if (other != null && other < at) {
						failures.add(new Failure("editor.check.before", e.value(), e.other(), at, other));
					}
				}
			}
		}
		return failures;
	}

	private static int n(Expectation e) {
		return e.n() == null ? 0 : e.n();
	}

}
