package org.nextsteps.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
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
 * against any release (every publish runs them against the draft), each through the
 * patient's own path from answers to a result. An empty database starts with the visible
 * scenarios of the shared scenario set and the clinicians' cases ({@link #SEEDS}, each
 * overlaid on {@value #BASE}).
 */
@Service
public class Scenarios {

	static final List<String> SEEDS = List.of("seed/scenarios/visible.json", "seed/scenarios/clinical.json");

	static final String BASE = "seed/scenarios/base.json";

	private static final Logger log = LoggerFactory.getLogger(Scenarios.class);

	private static final String SUBJECT = "scenario";

	private final ScenarioRepository repository;

	private final AuditLog audit;

	private final Assessments assessments;

	Scenarios(ScenarioRepository repository, AuditLog audit, Assessments assessments) {
		this.repository = repository;
		this.audit = audit;
		this.assessments = assessments;
	}

	@Transactional(readOnly = true)
	public List<ScenarioView> all() {
		return repository.findAllByOrderByIdAsc().stream().map(Scenario::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ScenarioView> find(long id) {
		return repository.findById(id).map(Scenario::toView);
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name, Long except) {
		return repository.findByName(name).map(s -> except == null || s.toView().id() != except).orElse(false);
	}

	@Transactional
	public ScenarioView create(String name, Map<String, Object> answers, List<Expectation> expectations, String by) {
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
	public ScenarioView update(long id, String name, Map<String, Object> answers, List<Expectation> expectations,
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
	public static final class NameTakenException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NameTakenException(String name, Throwable cause) {
			super("Scenario name taken: " + name, cause);
		}

	}

	/** Deletes the scenario; the audit entry keeps what it said. */
	@Transactional
	public void delete(long id, String by) {
		Scenario scenario = repository.findById(id).orElseThrow(() -> new NoSuchElementException("scenario " + id));
		audit.record(by, "scenario.delete", SUBJECT, String.valueOf(id), fields(scenario.toView(), null));
		repository.delete(scenario);
	}

	/**
	 * Runs every scenario against the release; a scenario whose answers are no longer
	 * valid fails.
	 */
	@Transactional(readOnly = true)
	public List<ScenarioResult> run(PublishedRelease release) {
		return all().stream().map(scenario -> run(scenario, release)).toList();
	}

	/** Runs one scenario against the release. */
	public ScenarioResult run(ScenarioView scenario, PublishedRelease release) {
		ValidationResult valid = assessments.validate(scenario.answers());
		if (!valid.isValid()) {
			return new ScenarioResult(scenario, null,
					List.of(new ScenarioCheck.Failure("scenario.check.invalid-answers")));
		}
		Assessments.Result result = assessments.assess(valid.answers(), release);
		return new ScenarioResult(scenario, result.evaluation(),
				ScenarioCheck.check(scenario.expectations(), result.evaluation(), result.explanations()));
	}

	/**
	 * The first set, on an empty table; another instance seeding at the same moment wins.
	 */
	@Transactional
	void seedIfEmpty() {
		if (repository.count() > 0) {
			return;
		}
		for (String seed : SEEDS) {
			for (ScenarioFile.Case c : ScenarioFile.read(BASE, seed)) {
				ValidationResult valid = assessments.validate(c.answers());
				if (!valid.isValid()) {
					log.warn("Seed scenario skipped, its answers are not valid: {}", c.name());
					continue;
				}
				repository.save(new Scenario(c.name(), valid.answers().toRaw(), c.expectations(), "system"));
			}
		}
	}

	private static List<FieldChange> fields(ScenarioView before, ScenarioView after) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "name", before == null ? null : before.name(), after == null ? null : after.name());
		add(changes, "answers", before == null ? null : describeAnswers(before.answers()),
				after == null ? null : describeAnswers(after.answers()));
		add(changes, "expectations", before == null ? null : describe(before.expectations()),
				after == null ? null : describe(after.expectations()));
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

	private static String describe(List<Expectation> expectations) {
		return String.join("\n", expectations.stream().map(Expectation::describe).toList());
	}

	/**
	 * One line per answer, for the audit log:
	 * {@code pain_location: back_or_neck, one_leg}.
	 */
	private static String describeAnswers(Map<String, Object> answers) {
		List<String> lines = new ArrayList<>();
		answers.forEach((linkId, value) -> {
			if (value instanceof List<?> list) {
				lines.add(linkId + ": " + String.join(", ", list.stream().map(String::valueOf).toList()));
			}
			else if (value != null) {
				lines.add(linkId + ": " + value);
			}
		});
		return String.join("\n", lines);
	}

}
