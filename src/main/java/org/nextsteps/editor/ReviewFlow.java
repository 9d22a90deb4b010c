package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleKind;
import org.nextsteps.release.DraftRelease;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.review.Hazard;
import org.nextsteps.review.HazardLog;
import org.nextsteps.review.Review;
import org.nextsteps.review.ReviewComment;
import org.nextsteps.review.Reviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's side of clinical review (issue 16): what the draft changes, who changed
 * it, which hazards of the log each change touches, and the submission, approval and
 * sending back of the draft.
 */
@Service
class ReviewFlow {

	/** The kinds of thing whose editors are the draft's authors. */
	static final List<String> EDITED = List.of("option", "rule", "explanation", "question", "safety", "translation");

	static final int MAX_SUMMARY = 2_000;

	static final int MAX_COMMENT = 2_000;

	private final Releases releases;

	private final Reviews reviews;

	private final HazardLog hazards;

	private final AuditLog audit;

	ReviewFlow(Releases releases, Reviews reviews, HazardLog hazards, AuditLog audit) {
		this.releases = releases;
		this.reviews = reviews;
		this.hazards = hazards;
		this.audit = audit;
	}

	/**
	 * A change and the hazards it touches: at least one of them must be cited when it is
	 * submitted.
	 */
	record Linked(Change change, List<String> hazards) {
	}

	/**
	 * The draft against the live release, for review.
	 *
	 * @param checksum the draft's; null when its rules do not compile
	 * @param latest the newest submission, whatever its draft
	 * @param authors who changed the draft since the live release
	 */
	record Status(PublishedRelease live, @Nullable String checksum, List<Linked> changes, @Nullable Review latest,
			Set<String> authors) {

		/** Whether the newest submission is of this very draft. */
		public boolean latestIsThisDraft() {
			return latest != null && checksum != null && latest.checksum().equals(checksum);
		}

		/** Every hazard the changes touch, in id order. */
		public Set<String> suggested() {
			Set<String> all = new TreeSet<>();
			changes.forEach(c -> all.addAll(c.hazards()));
			return all;
		}

	}

	@Transactional(readOnly = true)
	Status status() {
		PublishedRelease live = releases.current();
		DraftRelease draft;
		try {
			draft = releases.draft();
		}
		catch (InvalidRulesException ex) {
			return new Status(live, null, List.of(), reviews.latest().orElse(null), authors(live));
		}
		Changes.Version after = Changes.Version.of(draft.release());
		List<Linked> linked = new ArrayList<>();
		for (Change change : Changes.between(Changes.Version.of(live), after)) {
			linked.add(new Linked(change, touched(change, live.rules().definitions(), after.rules())));
		}
		return new Status(live, draft.checksum(), linked, reviews.latest().orElse(null), authors(live));
	}

	private Set<String> authors(PublishedRelease live) {
		return new TreeSet<>(audit.actorsSince(live.info().publishedAt(), EDITED));
	}

	List<Hazard> hazards() {
		return hazards.hazards();
	}

	/** A submission refused: each problem a message key and its arguments. */
	static class SubmitException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Map<String, Object[]> problems;

		SubmitException(Map<String, Object[]> problems) {
			super("Submission refused: " + problems.keySet());
			this.problems = problems;
		}

		Map<String, Object[]> problems() {
			return problems;
		}

	}

	/**
	 * Submits the draft as it is now.
	 * @throws SubmitException when there is nothing to review, the summary is missing or
	 * too long, a hazard id is not in the log, or a change touching hazards cites none of
	 * them
	 */
	@Transactional
	Review submit(String by, String summary, List<String> cited) {
		Status status = status();
		Map<String, Object[]> problems = new LinkedHashMap<>();
		if (status.checksum() == null || status.changes().isEmpty()) {
			problems.put("editor.review.error.nothing", new Object[0]);
		}
		if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
			problems.put("editor.review.error.summary", new Object[] { MAX_SUMMARY });
		}
		List<String> unknown = cited.stream().filter(id -> hazards.find(id).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			problems.put("editor.review.error.unknown-hazard", new Object[] { String.join(", ", unknown) });
		}
		List<String> uncited = new ArrayList<>();
		for (Linked linked : status.changes()) {
			if (!linked.hazards().isEmpty() && linked.hazards().stream().noneMatch(cited::contains)) {
				uncited.add(linked.change().subject() + " " + linked.change().key() + " ("
						+ String.join(", ", linked.hazards()) + ")");
			}
		}
		if (!uncited.isEmpty()) {
			problems.put("editor.review.error.uncited", new Object[] { String.join("; ", uncited) });
		}
		if (!problems.isEmpty()) {
			throw new SubmitException(problems);
		}
		Set<String> authors = new LinkedHashSet<>(status.authors());
		authors.add(by);
		return reviews.submit(status.checksum(), status.live().id(), by, summary.strip(),
				cited.stream().distinct().sorted().toList(), authors);
	}

	/**
	 * @throws org.nextsteps.review.ReviewException as {@link Reviews#approve}
	 */
	@Transactional
	Review approve(long id, String by, List<ReviewComment> comments) {
		return reviews.approve(id, currentChecksum(), by, comments);
	}

	/**
	 * @throws org.nextsteps.review.ReviewException as {@link Reviews#sendBack}
	 */
	@Transactional
	Review sendBack(long id, String by, List<ReviewComment> comments) {
		return reviews.sendBack(id, currentChecksum(), by, comments);
	}

	private String currentChecksum() {
		try {
			return releases.draft().checksum();
		}
		catch (InvalidRulesException ex) {
			return "";
		}
	}

	/**
	 * The hazards of the log a change touches (docs/clinical-safety/hazard-log.md): a
	 * rule by what it does, a text by its kind, an option's content by what patients read
	 * of it.
	 */
	static List<String> touched(Change change, List<RuleDefinition> before, List<RuleDefinition> after) {
		return switch (change.subject()) {
			case "rule" -> {
				RuleKind kind = kindOf(change.key(), after);
				if (kind == null) {
					kind = kindOf(change.key(), before);
				}
				yield kind == null ? List.of("H21") : byKind(kind);
			}
			// the explanation fits the injection, and a complication is not a failure
			case "explanation" -> List.of("H04", "H10", "H11");
			// every result carries a safety net that says what to do
			case "safety" -> List.of("H01", "H02", "H15");
			// plain, current content; cautions shown with the option
			case "option" -> List.of("H07", "H16", "H24");
			case "order" -> List.of("H10", "H21");
			// the About page: what the guide is and is not, plainly
			case "about" -> List.of("H24");
			// a Spanish text says what its English says, as urgently
			case "translation" -> List.of("H34");
			default -> List.of("H24");
		};
	}

	private static List<String> byKind(RuleKind kind) {
		return switch (kind) {
			case DISPOSITION -> List.of("H01", "H02", "H03", "H06");
			case EXCLUDE, CAUTION -> List.of("H05", "H07", "H12");
			case SUGGEST, FIRST, BOOST -> List.of("H08", "H09", "H14");
			case PREFER -> List.of("H13");
			case EXPLAIN -> List.of("H04", "H10", "H11");
			case SAFETY_NET -> List.of("H15");
			case ASK -> List.of("H21");
		};
	}

	private static @Nullable RuleKind kindOf(String key, List<RuleDefinition> rules) {
		return rules.stream().filter(r -> key.equals(r.key())).map(RuleDefinition::kind).findFirst().orElse(null);
	}

}
