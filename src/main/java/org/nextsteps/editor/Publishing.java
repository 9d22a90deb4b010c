package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.Readability;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleProblem;
import org.nextsteps.release.DraftChangedException;
import org.nextsteps.release.DraftRelease;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.ReleaseConflictException;
import org.nextsteps.release.Releases;
import org.nextsteps.scenario.ScenarioResult;
import org.nextsteps.scenario.Scenarios;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing and rolling back, with their checks and audit entries. A publish re-runs
 * every scenario against the exact draft it publishes, in the same transaction as the
 * release row and the audit entry; failing scenarios block it unless a publisher
 * overrides with a written reason, which is kept with the release and in the audit log.
 */
@Service
class Publishing {

	static final int MAX_NOTE = 500;

	static final int MAX_REASON = 400;

	private final Releases releases;

	private final Scenarios scenarios;

	private final AuditLog audit;

	private final MessageSource messages;

	Publishing(Releases releases, Scenarios scenarios, AuditLog audit, MessageSource messages) {
		this.releases = releases;
		this.scenarios = scenarios;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * A field of an option that reads above grade 8 (issue 16): checked field by field
	 * and item by item, so one hard sentence is not hidden by an easy page; texts shorter
	 * than {@link Readability#MIN_WORDS} words (titles, short labels) are left alone.
	 */
	record HardToRead(String slug, String title, String field, double grade) {
	}

	/**
	 * Where the draft stands against the published release. {@code draft} is null when
	 * its rules do not compile.
	 */
	record Readiness(PublishedRelease current, DraftRelease draft, List<RuleProblem> problems, List<Change> changes,
			List<ScenarioResult> scenarios, List<HardToRead> hardToRead) {

		public boolean compiles() {
			return draft != null;
		}

		public long failures() {
			return scenarios.stream().filter(result -> !result.passed()).count();
		}

		public List<ScenarioResult> failed() {
			return scenarios.stream().filter(result -> !result.passed()).toList();
		}

	}

	/**
	 * Scenarios fail or a field reads above grade 8, and nobody overrode: nothing was
	 * published.
	 */
	static class ScenariosFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ScenariosFailedException() {
			super("Scenarios fail against the draft");
		}

	}

	@Transactional(readOnly = true)
	Readiness check() {
		PublishedRelease current = releases.current();
		try {
			DraftRelease draft = releases.draft();
			List<HardToRead> hard = hardToRead(draft.release().content().options());
			return new Readiness(current, draft, List.of(),
					Changes.between(Changes.Version.of(current), Changes.Version.of(draft.release())),
					scenarios.run(draft.release()), hard);
		}
		catch (InvalidRulesException ex) {
			return new Readiness(current, null, ex.problems(), List.of(), List.of(), List.of());
		}
	}

	/** Every graded field of these options whose hardest item reads above grade 8. */
	static List<HardToRead> hardToRead(List<OptionContent> options) {
		List<HardToRead> hard = new ArrayList<>();
		for (OptionContent option : options) {
			for (OptionField field : OptionField.graded()) {
				double worst = 0;
				for (String text : field.values(option)) {
					if (Readability.words(text) >= Readability.MIN_WORDS) {
						worst = Math.max(worst, Readability.grade(text));
					}
				}
				if (worst > Readability.MAX_GRADE) {
					hard.add(new HardToRead(option.slug(), option.title(), field.property(), worst));
				}
			}
		}
		return hard;
	}

	/**
	 * @throws DraftChangedException when the draft is not the one with {@code checksum}
	 * @throws ScenariosFailedException when scenarios fail or a field reads above grade
	 * 8, and there is no override with a reason
	 * @throws InvalidRulesException when the draft does not compile
	 * @throws ReleaseConflictException when another publish or roll-back took the number
	 * at the same moment
	 */
	@Transactional
	PublishedRelease publish(String by, String note, String checksum, boolean override, String reason) {
		Readiness readiness = check();
		if (!readiness.compiles()) {
			throw new InvalidRulesException(readiness.problems());
		}
		if (!readiness.draft().checksum().equals(checksum)) {
			throw new DraftChangedException();
		}
		List<ScenarioResult> failed = readiness.failed();
		List<HardToRead> hard = readiness.hardToRead();
		boolean overriding = !failed.isEmpty() || !hard.isEmpty();
		if (overriding && (!override || reason == null || reason.isBlank())) {
			throw new ScenariosFailedException();
		}
		String fullNote = overriding
				? note + "\n\n" + messages.getMessage("editor.publish.override-note",
						new Object[] { failed.size(), hard.size(), reason.strip() }, LocaleContextHolder.getLocale())
				: note;
		PublishedRelease release = releases.publish(readiness.draft(), by, fullNote);
		List<FieldChange> fields = new ArrayList<>();
		fields.add(new FieldChange("note", null, note));
		if (overriding) {
			fields.add(new FieldChange("overrideReason", null, reason.strip()));
			if (!failed.isEmpty()) {
				fields.add(new FieldChange("failedScenarios", null,
						String.join("\n", failed.stream().map(r -> r.scenario().name()).toList())));
			}
			if (!hard.isEmpty()) {
				fields.add(new FieldChange("hardToRead", null,
						String.join("\n",
								hard.stream()
									.map(h -> h.slug() + " " + h.field() + " "
											+ String.format(java.util.Locale.ROOT, "%.1f", h.grade()))
									.toList())));
			}
		}
		changesFromPrevious(release).forEach(change -> fields.addAll(change.qualifiedFields()));
		audit.record(by, "release.publish", "release", String.valueOf(release.id()), fields);
		return release;
	}

	/**
	 * Publishes release {@code id}'s content as a new release; the draft is made to match
	 * it.
	 * @throws java.util.NoSuchElementException when there is no such release
	 * @throws ReleaseConflictException when another publish or roll-back took the number
	 * at the same moment
	 */
	@Transactional
	PublishedRelease rollBack(long id, String by, String note) {
		PublishedRelease release = releases.rollBack(id, by, note);
		List<FieldChange> fields = new ArrayList<>();
		fields.add(new FieldChange("rolledBackTo", null, String.valueOf(id)));
		fields.add(new FieldChange("note", null, note));
		changesFromPrevious(release).forEach(change -> fields.addAll(change.qualifiedFields()));
		audit.record(by, "release.rollback", "release", String.valueOf(release.id()), fields);
		return release;
	}

	/**
	 * What a new release changed for patients: against the release just before it
	 * (numbers have no gaps), not the one that was current when the page was opened,
	 * which another publish may have replaced meanwhile.
	 */
	private List<Change> changesFromPrevious(PublishedRelease release) {
		PublishedRelease previous = releases.find(release.id() - 1).orElseThrow();
		return Changes.between(Changes.Version.of(previous), Changes.Version.of(release));
	}

}
