package org.nextsteps.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.system.EditConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' test scenarios: kept in the database, changed with an audit entry, and run
 * against any release (every publish runs them against the draft). An empty database
 * starts with the visible scenarios of the shared scenario set and the clinicians' cases
 * ({@link #SEEDS}, each overlaid on {@value #BASE}).
 */
@Service
class Scenarios {

	static final List<String> SEEDS = List.of("seed/scenarios/visible.json", "seed/scenarios/clinical.json");

	static final String BASE = "seed/scenarios/base.json";

	private static final Logger log = LoggerFactory.getLogger(Scenarios.class);

	private static final String SUBJECT = "scenario";

	private final ScenarioRepository repository;

	private final AuditLog audit;

	private final Previews previews;

	private final AnswerValidator validator;

	Scenarios(ScenarioRepository repository, AuditLog audit, Previews previews, QuestionnaireView questionnaire) {
		this.repository = repository;
		this.audit = audit;
		this.previews = previews;
		this.validator = questionnaire.validator();
	}

	@Transactional(readOnly = true)
	List<ScenarioView> all() {
		return repository.findAllByOrderByIdAsc().stream().map(Scenario::toView).toList();
	}

	@Transactional(readOnly = true)
	Optional<ScenarioView> find(long id) {
		return repository.findById(id).map(Scenario::toView);
	}

	@Transactional(readOnly = true)
	boolean nameTaken(String name, Long except) {
		return repository.findByName(name).map(s -> except == null || s.toView().id() != except).orElse(false);
	}

	@Transactional
	ScenarioView create(String name, Map<String, Object> answers, List<Expectation> expectations, String by) {
		Scenario scenario;
		try {
			// an identity id: the insert runs at save, so a name taken meanwhile shows
			// here
			scenario = repository.save(new Scenario(name, answers, expectations, by));
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new NameTakenException(name, ex);
		}
		ScenarioView view = scenario.toView();
		audit.record(by, "scenario.create", SUBJECT, String.valueOf(view.id()), fields(null, view));
		return view;
	}

	/**
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}
	 */
	@Transactional
	ScenarioView update(long id, String name, Map<String, Object> answers, List<Expectation> expectations,
			int expectedVersion, String by) {
		Scenario scenario = repository.findById(id).orElseThrow(() -> new NoSuchElementException("scenario " + id));
		ScenarioView before = scenario.toView();
		if (before.version() != expectedVersion) {
			throw new EditConflictException("scenario " + id);
		}
		scenario.update(name, answers, expectations, by);
		try {
			repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException("scenario " + id, ex);
		}
		catch (DataIntegrityViolationException ex) {
			throw new NameTakenException(name, ex);
		}
		ScenarioView after = scenario.toView();
		List<FieldChange> changes = fields(before, after);
		if (!changes.isEmpty()) {
			audit.record(by, "scenario.update", SUBJECT, String.valueOf(id), changes);
		}
		return after;
	}

	/**
	 * Another scenario took the name between the check and the save (two editors at
	 * once).
	 */
	static final class NameTakenException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NameTakenException(String name, Throwable cause) {
			super("Scenario name taken: " + name, cause);
		}

	}

	/** Deletes the scenario; the audit entry keeps what it said. */
	@Transactional
	void delete(long id, String by) {
		Scenario scenario = repository.findById(id).orElseThrow(() -> new NoSuchElementException("scenario " + id));
		audit.record(by, "scenario.delete", SUBJECT, String.valueOf(id), fields(scenario.toView(), null));
		repository.delete(scenario);
	}

	/**
	 * Runs every scenario against the release; a scenario whose answers are no longer
	 * valid fails.
	 */
	@Transactional(readOnly = true)
	List<ScenarioResult> run(PublishedRelease release) {
		return all().stream().map(scenario -> run(scenario, release)).toList();
	}

	ScenarioResult run(ScenarioView scenario, PublishedRelease release) {
		ValidationResult valid = validator.validate(scenario.answers());
		if (!valid.isValid()) {
			return new ScenarioResult(scenario, null,
					List.of(new ScenarioCheck.Failure("editor.check.invalid-answers")));
		}
		var evaluation = previews.evaluate(valid.answers(), release);
		return new ScenarioResult(scenario, evaluation, ScenarioCheck.check(scenario.expectations(), evaluation));
	}

	/**
	 * The first set, on an empty table; another instance seeding at the same moment wins.
	 */
	@Transactional
	void seedIfEmpty() {
		if (repository.count() > 0) {
			return;
		}
		Map<String, Object> base = ScenarioJson.JSON.readValue(resource(BASE),
				ScenarioJson.JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
		List<Map<String, Object>> cases = new ArrayList<>();
		for (String seed : SEEDS) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> more = (List<Map<String, Object>>) ScenarioJson.JSON
				.readValue(resource(seed), Map.class)
				.get("cases");
			cases.addAll(more);
		}
		for (Map<String, Object> c : cases) {
			Map<String, Object> answers = new LinkedHashMap<>();
			if (!Boolean.TRUE.equals(c.get("alone"))) {
				answers.putAll(base);
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> overlay = (Map<String, Object>) c.get("answers");
			answers.putAll(overlay);
			answers.values().removeIf(value -> value == null);
			ValidationResult valid = validator.validate(answers);
			if (!valid.isValid()) {
				log.warn("Seed scenario skipped, its answers are not valid: {}", c.get("name"));
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> expect = (Map<String, Object>) c.getOrDefault("expect", Map.of());
			repository
				.save(new Scenario((String) c.get("name"), valid.answers().toRaw(), expectations(expect), "system"));
		}
	}

	/** The expect object of the shared scenario files as a list of expectations. */
	@SuppressWarnings("unchecked")
	static List<Expectation> expectations(Map<String, Object> expect) {
		List<Expectation> list = new ArrayList<>();
		if (expect.get("disposition") instanceof String d) {
			list.add(new Expectation(Expectation.Type.DISPOSITION.code(), d, null, null));
		}
		if (expect.get("top1") instanceof String slug) {
			list.add(new Expectation(Expectation.Type.FIRST.code(), slug, null, null));
		}
		((Map<String, List<String>>) expect.getOrDefault("inTop", Map.of())).forEach((n, slugs) -> slugs.forEach(
				slug -> list.add(new Expectation(Expectation.Type.IN_TOP.code(), slug, Integer.valueOf(n), null))));
		((Map<String, List<String>>) expect.getOrDefault("notInTop", Map.of())).forEach((n, slugs) -> slugs.forEach(
				slug -> list.add(new Expectation(Expectation.Type.NOT_IN_TOP.code(), slug, Integer.valueOf(n), null))));
		((List<String>) expect.getOrDefault("present", List.of()))
			.forEach(slug -> list.add(new Expectation(Expectation.Type.PRESENT.code(), slug, null, null)));
		((List<String>) expect.getOrDefault("absent", List.of()))
			.forEach(slug -> list.add(new Expectation(Expectation.Type.ABSENT.code(), slug, null, null)));
		((List<List<String>>) expect.getOrDefault("before", List.of()))
			.forEach(pair -> list.add(new Expectation(Expectation.Type.BEFORE.code(), pair.get(0), null, pair.get(1))));
		return list;
	}

	private static List<FieldChange> fields(ScenarioView before, ScenarioView after) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "name", before == null ? null : before.name(), after == null ? null : after.name());
		add(changes, "answers", before == null ? null : AnswerParams.describe(before.answers()),
				after == null ? null : AnswerParams.describe(after.answers()));
		add(changes, "expectations", before == null ? null : describe(before.expectations()),
				after == null ? null : describe(after.expectations()));
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, String before, String after) {
		if (!java.util.Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

	static String describe(List<Expectation> expectations) {
		return String.join("\n", expectations.stream().map(Expectation::describe).toList());
	}

	private static InputStream resource(String location) {
		InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(location);
		if (in == null) {
			throw new UncheckedIOException(new IOException("Missing classpath resource " + location));
		}
		return in;
	}

}
