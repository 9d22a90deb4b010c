package org.nextsteps.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published releases. Patient pages read {@link #current()}, an immutable snapshot
 * held in memory and replaced atomically when a release is published; share links pin an
 * older one through {@link #find}.
 *
 * <p>
 * Releases are insert-only. A publish takes the draft as it was checked ({@link #draft()}
 * reads the newest number first, then the draft) and inserts it as the next number: if
 * another publish or roll-back committed that number meanwhile, the insert is a duplicate
 * key (never an update), and nothing of this one is written. On its own transaction the
 * publish then tries again with the next number; inside a caller's transaction (an
 * editor's publish, which also writes its audit entry) it reports a
 * {@link ReleaseConflictException} and the caller's transaction rolls back. A new release
 * is made current only after its row is committed.
 */
@Service
public class Releases implements InitializingBean {

	static final String SYSTEM_USER = "system";

	/**
	 * The request attribute that holds the release one request sees (see
	 * {@link #current()}).
	 */
	static final String REQUEST_ATTRIBUTE = Releases.class.getName() + ".current";

	/**
	 * How many older releases stay compiled in memory for share links. One compiled from
	 * the seed content takes about 0.65 MB of heap (measured), plus its result-page parts
	 * once rendered, so 32 stay near 30 MB; a link to any other release costs one read
	 * and one compile, shared by all the requests that wait for it.
	 */
	static final int OLDER_RELEASES_KEPT = 32;

	/**
	 * A publish that keeps losing the race to others gives up and says so after this many
	 * tries.
	 */
	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(Releases.class);

	static final String UPGRADE_NOTE = "Clinical safety update of 2026-12-01 from the seed content and rules: "
			+ "safety nets, guideline cautions, the joint path and watchful waiting";

	private final ReleaseRepository repository;

	private final ContentDrafts drafts;

	private final RuleDrafts ruleDrafts;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AtomicReference<PublishedRelease> current = new AtomicReference<>();

	/** The safety net shown with releases that have none (loaded when first needed). */
	private volatile List<SafetyNetLine> seedSafetyNet;

	/**
	 * Older releases that share links point to, bounded by count. Concurrent requests for
	 * a release that is not in memory wait for one load (one read, one compile); a
	 * release that does not exist is not kept.
	 */
	private final LoadingCache<Long, PublishedRelease> older;

	Releases(ReleaseRepository repository, ContentDrafts drafts, RuleDrafts ruleDrafts, JsonMapper json,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.repository = repository;
		this.drafts = drafts;
		this.ruleDrafts = ruleDrafts;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.older = Caffeine.newBuilder()
			.maximumSize(OLDER_RELEASES_KEPT)
			.executor(Runnable::run) // evict in the calling thread: a few entries, no
										// need for the common pool
			.build(id -> repository.findById(id).map(this::toPublished).orElse(null));
	}

	/**
	 * A new installation publishes its seed content as release 1 before it serves
	 * anything. An instance starts only with a release to serve, and not with one from
	 * before the clinical safety update (see {@link #upgradeFromBeforeSafetyNets()}):
	 * when it cannot publish what is missing and no other instance did, the start fails
	 * and says why, rather than answering patients with errors (or with the old pathway)
	 * while its health check says UP.
	 * @throws IllegalStateException when that is so
	 */
	@Override
	public void afterPropertiesSet() {
		RuntimeException lostRace = null;
		if (repository.latestId() == 0) {
			try {
				PublishedRelease seeded = transactions.execute(status -> {
					if (repository.latestId() != 0) {
						return null;
					}
					if (drafts.isEmpty()) {
						drafts.replaceWith(ContentSeed.load(json), SYSTEM_USER);
					}
					if (ruleDrafts.isEmpty()) {
						ruleDrafts.replaceWith(RuleDefinitions.seed(), SYSTEM_USER);
					}
					return write(1, compile(1, draftDocument()), SYSTEM_USER,
							"First release, from the seed content and rules");
				});
				if (seeded != null) {
					// The release just written is compiled already: install it rather
					// than read it back.
					install(seeded);
				}
			}
			catch (RuntimeException ex) {
				lostRace = failUnlessLostRace(ex,
						"There is no release to serve: publishing release 1 from the seed failed");
			}
		}
		refresh();
		if (current.get() == null) {
			throw startFailure("There is no release to serve: publishing release 1 from the seed was stopped by "
					+ "another transaction on the database, and no other instance has published one", lostRace);
		}
		if (lostRace != null) {
			log.info("Seeding skipped: another instance sharing the database seeded it first");
		}
		upgradeFromBeforeSafetyNets();
		addSpanishToADraftWithout();
	}

	/**
	 * An installation from before issue 14 has no Spanish in its draft, so nothing could
	 * be published until a thousand texts were written again: its draft gets the seed's
	 * Spanish of every text still as the seed wrote it, once. The live release is not
	 * changed; the Spanish reaches patients with the next release, after clinical review
	 * (hazard H34). Another instance doing the same at the same time is no failure.
	 */
	private void addSpanishToADraftWithout() {
		if (drafts.hasSpanish()) {
			return;
		}
		try {
			Integer added = transactions
				.execute(status -> drafts.addSpanishIfNone(ContentSeed.load(json).spanish(), SYSTEM_USER));
			log.info("The draft had no Spanish: the seed's Spanish of {} texts was added to it for review", added);
		}
		catch (RuntimeException ex) {
			log.info("The seed's Spanish was not added to the draft (another instance may have added it): {}",
					ex.getMessage());
		}
	}

	/**
	 * An installation whose newest release predates the clinical safety update of
	 * 2026-12-01 (it has no safety net) publishes the seed content and rules once, as a
	 * new release: its pathway could suggest a needle after a possible complication. The
	 * drafts take the seed's texts and rules (options the seed lacks stay in the draft);
	 * the earlier releases stay in the history, so an editor can see and roll back to
	 * what was there.
	 */
	private void upgradeFromBeforeSafetyNets() {
		if (!newestPredatesSafetyNets()) {
			return;
		}
		RuntimeException lostRace = null;
		try {
			PublishedRelease upgraded = transactions.execute(status -> {
				long id = repository.latestId() + 1;
				if (!newestPredatesSafetyNets()) {
					return null; // another instance did it
				}
				drafts.replaceWith(ContentSeed.load(json), SYSTEM_USER);
				ruleDrafts.replaceWith(RuleDefinitions.seed(), SYSTEM_USER);
				return write(id, compile(id, draftDocument()), SYSTEM_USER, UPGRADE_NOTE);
			});
			if (upgraded != null) {
				install(upgraded);
			}
		}
		catch (RuntimeException ex) {
			lostRace = failUnlessLostRace(ex,
					"The clinical safety update of 2026-12-01 could not be published, and the newest release "
							+ "predates it");
		}
		refresh();
		if (newestPredatesSafetyNets()) {
			throw startFailure(
					"The clinical safety update of 2026-12-01 was stopped by another transaction on the "
							+ "database, no other instance has published it, and the newest release predates it",
					lostRace);
		}
		if (lostRace != null) {
			log.info("Clinical safety update skipped: another instance published it first");
		}
	}

	/**
	 * A lost race (another instance may have published the same release first: the caller
	 * looks), else a failed start.
	 */
	private static RuntimeException failUnlessLostRace(RuntimeException ex, String failure) {
		if (!ReleaseConflictException.isLostRace(ex)) {
			throw startFailure(failure, ex);
		}
		return ex;
	}

	/** A start that cannot go on, said in one line of the log, with its cause. */
	private static IllegalStateException startFailure(String message, Throwable cause) {
		log.error("{}: the start stops here ({})", message, cause == null ? "no cause" : cause.toString());
		return new IllegalStateException(message, cause);
	}

	private boolean newestPredatesSafetyNets() {
		return repository.findFirstByOrderByIdDesc()
			.map(latest -> predatesSafetyNets(read(latest).content()))
			.orElse(false);
	}

	/**
	 * The release patients see now. Within a web request it is read once and kept with
	 * the request, so that every part of one page or answer (the footer, the content, the
	 * links) names the same release even when a publish lands half-way through; outside a
	 * request it is the newest one installed.
	 */
	public PublishedRelease current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return current.get();
		}
		if (request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof PublishedRelease seen) {
			return seen;
		}
		PublishedRelease now = current.get();
		if (now != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, now, RequestAttributes.SCOPE_REQUEST);
		}
		return now;
	}

	/**
	 * Loads a newer release if the database has one and makes this request see it from
	 * now on: after a publish lost a race, so that the page that says so shows what is
	 * live now rather than what was live when the request began.
	 */
	public PublishedRelease catchUp() {
		refresh();
		PublishedRelease now = current.get();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && now != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, now, RequestAttributes.SCOPE_REQUEST);
		}
		return now;
	}

	/** Any release by its number, for share links made before the latest publish. */
	public Optional<PublishedRelease> find(long id) {
		PublishedRelease now = current.get();
		if (now != null && now.id() == id) {
			return Optional.of(now);
		}
		if (id <= 0) {
			return Optional.empty();
		}
		return Optional.ofNullable(older.get(id));
	}

	public List<ReleaseInfo> history() {
		return repository.history();
	}

	/**
	 * Publishes a checked draft ({@link #draft()}) as it was checked, as release
	 * {@code draft.release().id()}, and makes it current once committed. If another
	 * publish or roll-back took that number meanwhile, the draft was read before that
	 * release and is not published after it: inside a caller's transaction that is a
	 * {@link ReleaseConflictException}; on its own transaction the publish tries again
	 * with the next number, as long as the draft is still the one that was checked.
	 * @throws InvalidRulesException when the draft has no safety net at both levels:
	 * nothing is written
	 * @throws ReleaseConflictException when another publish or roll-back took the number
	 * (inside a caller's transaction, which must then roll back; on its own when the
	 * draft changed meanwhile, or after {@link #MAX_ATTEMPTS} tries): nothing is written
	 */
	public PublishedRelease publish(DraftRelease draft, String by, String note) {
		return insert(attempt -> {
			if (attempt == 1) {
				return write(draft.release().id(), draft, by, note);
			}
			// The number first, then the draft, as in draft().
			long id = repository.latestId() + 1;
			if (!checksum(draftDocument()).equals(draft.checksum())) {
				throw new ReleaseConflictException(new DraftChangedException());
			}
			return write(id, draft, by, note);
		});
	}

	/**
	 * Publishes the content of an earlier release, exactly, as a new release, and makes
	 * the draft say the same (options that release lacks stay in the draft, unpublished;
	 * rules it lacks are disabled).
	 * @throws NoSuchElementException when there is no such release
	 * @throws ReleaseConflictException when another publish or roll-back took the number
	 * at the same moment (inside a caller's transaction, which must then roll back; on
	 * its own only after {@link #MAX_ATTEMPTS} tries)
	 */
	public PublishedRelease rollBack(long releaseId, String by, String note) {
		return insert(attempt -> {
			long id = repository.latestId() + 1;
			ReleaseEntity old = repository.findById(releaseId)
				.orElseThrow(() -> new NoSuchElementException("No release " + releaseId));
			ReleaseDocument document = read(old);
			drafts.replaceWith(document.content(), by);
			ruleDrafts.replaceWith(document.rules(), by);
			return write(id, compile(id, document), by, note);
		});
	}

	/**
	 * The draft as the release it would become, compiled but not stored. It is numbered
	 * as the next release, a number read before the draft: a release committed after that
	 * read takes the number, so a draft read before it is never published after it.
	 * @throws InvalidRulesException when the draft rules do not compile
	 */
	public DraftRelease draft() {
		return transactions.execute(status -> {
			long id = repository.latestId() + 1;
			return compile(id, draftDocument());
		});
	}

	/**
	 * Loads a newer release if the database has one. Cheap when nothing changed: one
	 * indexed query. Other instances call this periodically so that a publish reaches
	 * them too.
	 */
	public void refresh() {
		long latest = repository.latestId();
		PublishedRelease now = current.get();
		if (now != null && now.id() >= latest) {
			return;
		}
		repository.findFirstByOrderByIdDesc().map(this::toPublished).ifPresent(this::install);
	}

	/**
	 * Runs one insert of a release in a transaction (its own, or the caller's if there is
	 * one) and announces it ({@link ReleasePublished}), so that it is made current once
	 * committed. A lost race for the number is tried again on its own transaction, or
	 * reported; {@code work} is told which try it is.
	 */
	private PublishedRelease insert(IntFunction<PublishedRelease> work) {
		boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
		for (int attempt = 1;; attempt++) {
			int tried = attempt;
			try {
				return transactions.execute(status -> {
					PublishedRelease release = work.apply(tried);
					events.publishEvent(new ReleasePublished(release));
					return release;
				});
			}
			catch (ReleaseConflictException ex) {
				throw ex; // a conflict that trying again cannot resolve
			}
			catch (RuntimeException ex) {
				if (!ReleaseConflictException.isLostRace(ex)) {
					throw ex;
				}
				if (joined || attempt >= MAX_ATTEMPTS) {
					throw new ReleaseConflictException(ex);
				}
				log.info("Another release took the number first: trying again ({} of {})", attempt + 1, MAX_ATTEMPTS);
			}
		}
	}

	private ReleaseDocument draftDocument() {
		return new ReleaseDocument(drafts.snapshot(), ruleDrafts.all());
	}

	/**
	 * The document as release {@code id} would be, compiled from its text as it will be
	 * stored, exactly as any instance will load it: compiling it is the full check, so
	 * nothing unservable is stored.
	 * @throws InvalidRulesException when its rules do not compile
	 */
	private DraftRelease compile(long id, ReleaseDocument document) {
		String text = json.writeValueAsString(document);
		String checksum = sha256(text);
		ReleaseDocument stored = json.readValue(text, ReleaseDocument.class);
		return new DraftRelease(new PublishedRelease(new ReleaseInfo(id, Instant.now(), "", "", checksum),
				stored.content(), stored.rules()), text);
	}

	private String checksum(ReleaseDocument document) {
		return sha256(json.writeValueAsString(document));
	}

	/**
	 * Writes a compiled document as release {@code id}.
	 * @throws InvalidRulesException when it lacks a safety net at either level
	 */
	private PublishedRelease write(long id, DraftRelease compiled, String by, String note) {
		// The database keeps microseconds: the release in memory says exactly what its
		// row says.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		PublishedRelease release = compiled.release().as(new ReleaseInfo(id, now, by, note, compiled.checksum()));
		release.requireSafetyNet();
		repository.saveAndFlush(new ReleaseEntity(id, now, by, note, compiled.checksum(), compiled.document()));
		return release;
	}

	/**
	 * Makes a release inserted here current once the transaction that inserted it has
	 * committed (its own, or the editor's that also wrote the audit entry).
	 */
	@TransactionalEventListener
	void installAfterCommit(ReleasePublished published) {
		install(published.release());
	}

	/**
	 * Makes a committed release current unless a newer one already is; the one it
	 * replaces (or the one that came too late) stays in memory with the older releases,
	 * since share links made on it are still being opened.
	 */
	private void install(PublishedRelease release) {
		PublishedRelease before = current.getAndAccumulate(release,
				(old, candidate) -> old == null || candidate.id() > old.id() ? candidate : old);
		if (before == null || release.id() > before.id()) {
			if (before != null) {
				older.put(before.id(), before);
			}
			log.info("Release {} is now current", release.id());
		}
		else if (release.id() < before.id()) {
			older.put(release.id(), release);
		}
	}

	private ReleaseDocument read(ReleaseEntity entity) {
		if (!sha256(entity.snapshot()).equals(entity.checksum())) {
			throw new IllegalStateException("Release " + entity.id() + " does not match its checksum");
		}
		return json.readValue(entity.snapshot(), ReleaseDocument.class);
	}

	/**
	 * A stored release as served. One published before safety nets existed is shown with
	 * the seed's safety net, so that its share links still carry one (its stored document
	 * and checksum are left as they are).
	 */
	private PublishedRelease toPublished(ReleaseEntity entity) {
		ReleaseDocument document = read(entity);
		ContentSnapshot content = document.content();
		if (predatesSafetyNets(content)) {
			content = new ContentSnapshot(content.options(), content.explanations(), content.questions(),
					seedSafetyNet());
		}
		return new PublishedRelease(entity.info(), content, document.rules());
	}

	private static boolean predatesSafetyNets(ContentSnapshot content) {
		return content.safetyNet().stream().noneMatch(SafetyNetLine::always);
	}

	private List<SafetyNetLine> seedSafetyNet() {
		List<SafetyNetLine> lines = seedSafetyNet;
		if (lines == null) {
			lines = ContentSeed.load(json).safetyNet();
			seedSafetyNet = lines;
		}
		return lines;
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
