package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.Readability;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleProblem;
import org.nextsteps.release.DraftChangedException;
import org.nextsteps.release.DraftRelease;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.ReleaseConflictException;
import org.nextsteps.release.Releases;
import org.nextsteps.review.Review;
import org.nextsteps.review.Reviews;
import org.nextsteps.review.SignOff;
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

	private final Reviews reviews;

	Publishing(Releases releases, Scenarios scenarios, AuditLog audit, MessageSource messages, Reviews reviews) {
		this.reviews = reviews;
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
	record HardToRead(String subject, String key, String title, String field, double grade) {

		/** Where it is edited, at the field. */
		public String path() {
			return "option".equals(subject) ? "/editor/options/" + key + "#" + field
					: "/editor/texts/" + subject + "/" + key + "#body";
		}

		/** How the audit log lists it. */
		String audited() {
			String grade = String.format(java.util.Locale.ROOT, "%.1f", this.grade);
			return ("option".equals(subject) ? key : subject + ":" + key) + " " + field + " " + grade;
		}

	}

	/**
	 * Where the draft stands against the published release. {@code draft} is null when
	 * its rules do not compile.
	 */
	record Readiness(PublishedRelease current, DraftRelease draft, List<RuleProblem> problems, List<Change> changes,
			List<ScenarioResult> scenarios, List<HardToRead> hardToRead, List<SpanishTexts.Gap> spanishMissing,
			List<SpanishTexts.HardSpanish> hardSpanish) {

		/**
		 * What the override counts as hard to read: English grades and Spanish scores.
		 */
		public int hardCount() {
			return hardToRead.size() + hardSpanish.size();
		}

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

	/**
	 * The draft has no clinical approval (issue 16), and no administrator published it in
	 * an emergency with a reason: nothing was published.
	 */
	static class NotApprovedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotApprovedException() {
			super("The draft is not approved");
		}

	}

	/**
	 * Patient texts of the draft have no Spanish (issue 14): nothing was published, and
	 * no override lets it through.
	 */
	static class SpanishMissingException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<SpanishTexts.Gap> gaps;

		SpanishMissingException(List<SpanishTexts.Gap> gaps) {
			super(gaps.size() + " patient text(s) have no Spanish");
			this.gaps = List.copyOf(gaps);
		}

		List<SpanishTexts.Gap> gaps() {
			return gaps;
		}

	}

	@Transactional(readOnly = true)
	Readiness check() {
		PublishedRelease current = releases.current();
		try {
			DraftRelease draft = releases.draft();
			ContentSnapshot content = draft.release().content();
			List<HardToRead> hard = hardToRead(content);
			List<org.nextsteps.pathway.RuleDefinition> rules = draft.release().rules().definitions();
			return new Readiness(current, draft, List.of(),
					Changes.between(Changes.Version.of(current), Changes.Version.of(draft.release())),
					scenarios.run(draft.release()), hard, SpanishTexts.missing(content, rules),
					SpanishTexts.hardToRead(content, rules));
		}
		catch (InvalidRulesException ex) {
			return new Readiness(current, null, ex.problems(), List.of(), List.of(), List.of(), List.of(), List.of());
		}
	}

	/**
	 * Every graded field of these options and every short text whose hardest item reads
	 * above grade 8.
	 */
	static List<HardToRead> hardToRead(ContentSnapshot content) {
		List<HardToRead> hard = new ArrayList<>();
		for (OptionContent option : content.options()) {
			for (OptionField field : OptionField.graded()) {
				double worst = worst(field.values(option));
				if (worst > Readability.MAX_GRADE) {
					hard.add(new HardToRead("option", option.slug(), option.title(), field.property(), worst));
				}
			}
		}
		for (Explanation e : content.explanations()) {
			text(hard, "explanation", e.key(), e.title(), "body", e.body());
		}
		for (DoctorQuestion q : content.questions()) {
			text(hard, "question", q.key(), q.text(), "text", q.text());
		}
		for (SafetyNetLine line : content.safetyNet()) {
			text(hard, "safety", line.key(), line.text(), "text", line.text());
		}
		for (org.nextsteps.content.AboutFact fact : content.about()) {
			text(hard, "about", fact.key(), fact.key(), "text", fact.text());
		}
		return hard;
	}

	private static void text(List<HardToRead> hard, String subject, String key, String title, String field,
			String text) {
		double worst = worst(List.of(text));
		if (worst > Readability.MAX_GRADE) {
			hard.add(new HardToRead(subject, key, title, field, worst));
		}
	}

	/** The grade of the hardest text long enough to grade; 0 when none is. */
	private static double worst(List<String> texts) {
		double worst = 0;
		for (String text : texts) {
			if (Readability.words(text) >= Readability.MIN_WORDS) {
				worst = Math.max(worst, Readability.grade(text));
			}
		}
		return worst;
	}

	/**
	 * @throws DraftChangedException when the draft is not the one with {@code checksum}
	 * @throws ScenariosFailedException when scenarios fail or a field reads above grade
	 * 8, and there is no override with a reason
	 * @throws InvalidRulesException when the draft does not compile
	 * @throws ReleaseConflictException when another publish or roll-back took the number
	 * at the same moment
	 * @param emergencyReason why an administrator publishes without clinical approval;
	 * null for a publish that needs approval
	 * @throws NotApprovedException when this exact draft was not approved by a clinical
	 * reviewer, and there is no emergency reason
	 * @throws SpanishMissingException when a patient text of the draft has no Spanish (no
	 * override, an emergency publish included)
	 */
	@Transactional
	PublishedRelease publish(String by, String note, String checksum, boolean override, String reason,
			@org.jspecify.annotations.Nullable String emergencyReason) {
		Readiness readiness = check();
		if (!readiness.compiles()) {
			throw new InvalidRulesException(readiness.problems());
		}
		if (!readiness.draft().checksum().equals(checksum)) {
			throw new DraftChangedException();
		}
		// every patient text needs its Spanish first (issue 14): writing it changes the
		// draft, so it comes before the approval of that draft
		if (!readiness.spanishMissing().isEmpty()) {
			throw new SpanishMissingException(readiness.spanishMissing());
		}
		java.util.Optional<Review> approval = reviews.approvalFor(checksum);
		boolean emergency = approval.isEmpty() && emergencyReason != null && !emergencyReason.isBlank();
		// a draft that changes nothing has nothing to review (a publish after a
		// roll-back)
		if (approval.isEmpty() && !emergency && !readiness.changes().isEmpty()) {
			throw new NotApprovedException();
		}
		List<ScenarioResult> failed = readiness.failed();
		List<HardToRead> hard = readiness.hardToRead();
		List<SpanishTexts.HardSpanish> hardSpanish = readiness.hardSpanish();
		boolean overriding = !failed.isEmpty() || !hard.isEmpty() || !hardSpanish.isEmpty();
		if (overriding && (!override || reason == null || reason.isBlank())) {
			throw new ScenariosFailedException();
		}
		String fullNote = overriding ? note + "\n\n" + messages.getMessage("editor.publish.override-note",
				new Object[] { failed.size(), readiness.hardCount(), reason.strip() }, LocaleContextHolder.getLocale())
				: note;
		if (emergency) {
			fullNote += "\n\n" + messages.getMessage("editor.publish.emergency-note",
					new Object[] { emergencyReason.strip() }, LocaleContextHolder.getLocale());
		}
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
						String.join("\n", hard.stream().map(HardToRead::audited).toList())));
			}
			if (!hardSpanish.isEmpty()) {
				fields.add(new FieldChange("hardToReadSpanish", null,
						String.join("\n", hardSpanish.stream().map(SpanishTexts.HardSpanish::audited).toList())));
			}
		}
		if (emergency) {
			fields.add(new FieldChange("emergencyReason", null, emergencyReason.strip()));
		}
		else {
			approval.ifPresent(review -> fields.add(new FieldChange("approvedBy", null, review.reviewedBy())));
		}
		changesFromPrevious(release).forEach(change -> fields.addAll(change.qualifiedFields()));
		audit.record(by, "release.publish", "release", String.valueOf(release.id()), fields);
		List<ScenarioResult> all = readiness.scenarios();
		reviews.published(new SignOff(release.id(), approval.map(Review::id).orElse(null),
				approval.map(Review::authors).orElse(java.util.Set.of()), approval.map(Review::reviewedBy).orElse(null),
				approval.map(Review::reviewedAt).orElse(null), approval.map(Review::hazards).orElse(List.of()),
				(int) all.stream().filter(ScenarioResult::passed).count(), all.size(),
				failed.stream().map(r -> r.scenario().name()).toList(), hardList(hard, hardSpanish),
				emergency ? emergencyReason.strip() : null));
		return release;
	}

	/**
	 * The English fields above grade 8 and the Spanish texts under INFLESZ 65, as
	 * audited.
	 */
	private static List<String> hardList(List<HardToRead> hard, List<SpanishTexts.HardSpanish> hardSpanish) {
		List<String> all = new ArrayList<>(hard.stream().map(HardToRead::audited).toList());
		hardSpanish.forEach(h -> all.add(h.audited()));
		return all;
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
		// the draft now matches the release rolled back to: no submission describes it
		reviews.withdrawOpen();
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
