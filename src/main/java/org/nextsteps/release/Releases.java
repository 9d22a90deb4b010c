package org.nextsteps.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published releases. Patient pages read {@link #current()}, an immutable snapshot held in memory and
 * replaced atomically when a release is published; share links pin an older one through {@link #find}.
 * Publishing writes one row in one transaction, so a release is either wholly there or not at all. Called inside
 * a caller's transaction (an editor's publish that also writes its audit entry), the write joins it and the new
 * release is swapped in only after that transaction commits.
 */
@Service
public class Releases implements InitializingBean {

	static final String SYSTEM_USER = "system";

	private static final Logger log = LoggerFactory.getLogger(Releases.class);

	private static final int PINNED_CACHE_SIZE = 16;

	static final String UPGRADE_NOTE = "Clinical safety update of 2026-12-01 from the seed content and rules: "
			+ "safety nets, guideline cautions, the joint path and watchful waiting";

	private final ReleaseRepository repository;

	private final ContentDrafts drafts;

	private final RuleDrafts ruleDrafts;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final AtomicReference<PublishedRelease> current = new AtomicReference<>();

	/** The safety net shown with releases that have none (loaded when first needed). */
	private volatile List<SafetyNetLine> seedSafetyNet;

	/** Older releases that share links still point to, most recently used last. */
	private final Map<Long, PublishedRelease> pinned = new LinkedHashMap<>(PINNED_CACHE_SIZE, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, PublishedRelease> eldest) {
			return size() > PINNED_CACHE_SIZE;
		}
	};

	Releases(ReleaseRepository repository, ContentDrafts drafts, RuleDrafts ruleDrafts, JsonMapper json,
			PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.drafts = drafts;
		this.ruleDrafts = ruleDrafts;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A new installation publishes its seed content as release 1 before it serves anything. */
	@Override
	public void afterPropertiesSet() {
		if (repository.latestId() == 0) {
			try {
				// The release just written is compiled already: install it rather than read it back.
				install(transactions.execute(status -> {
					if (drafts.isEmpty()) {
						drafts.replaceWith(ContentSeed.load(json), SYSTEM_USER);
					}
					if (ruleDrafts.isEmpty()) {
						ruleDrafts.replaceWith(RuleDefinitions.seed(), SYSTEM_USER);
					}
					return write(draftDocument(), SYSTEM_USER, "First release, from the seed content and rules");
				}));
			}
			catch (RuntimeException ex) {
				// Another instance sharing the database seeded it first: use theirs.
				log.info("Seeding skipped: {}", ex.getClass().getSimpleName());
			}
		}
		refresh();
		upgradeFromBeforeSafetyNets();
	}

	/**
	 * An installation whose newest release predates the clinical safety update of 2026-12-01 (it has no safety net)
	 * publishes the seed content and rules once, as a new release: its pathway could suggest a needle after a
	 * possible complication. The drafts take the seed's texts and rules (options the seed lacks stay in the draft);
	 * the earlier releases stay in the history, so an editor can see and roll back to what was there.
	 */
	private void upgradeFromBeforeSafetyNets() {
		boolean before = repository.findFirstByOrderByIdDesc()
			.map(latest -> predatesSafetyNets(read(latest).content()))
			.orElse(false);
		if (!before) {
			return;
		}
		try {
			install(transactions.execute(status -> {
				drafts.replaceWith(ContentSeed.load(json), SYSTEM_USER);
				ruleDrafts.replaceWith(RuleDefinitions.seed(), SYSTEM_USER);
				return write(draftDocument(), SYSTEM_USER, UPGRADE_NOTE);
			}));
		}
		catch (RuntimeException ex) {
			log.info("Clinical safety update skipped: {}", ex.getClass().getSimpleName());
			refresh();
		}
	}

	/** The release patients see now. */
	public PublishedRelease current() {
		return current.get();
	}

	/** Any release by its number, for share links made before the latest publish. */
	public Optional<PublishedRelease> find(long id) {
		PublishedRelease now = current.get();
		if (now != null && now.id() == id) {
			return Optional.of(now);
		}
		synchronized (pinned) {
			PublishedRelease cached = pinned.get(id);
			if (cached != null) {
				return Optional.of(cached);
			}
		}
		Optional<PublishedRelease> loaded = repository.findById(id).map(this::toPublished);
		loaded.ifPresent(release -> {
			synchronized (pinned) {
				pinned.put(id, release);
			}
		});
		return loaded;
	}

	public List<ReleaseInfo> history() {
		return repository.history();
	}

	/**
	 * Publishes the current draft (content and rules) as a new release and makes it current here at once.
	 * @throws org.nextsteps.pathway.InvalidRulesException when the draft rules do not compile: nothing is written
	 */
	public PublishedRelease publish(String by, String note) {
		return publish(by, note, null);
	}

	/**
	 * Publishes the draft only if it is still the one that was checked ({@link DraftRelease#checksum()}).
	 * @throws DraftChangedException when it changed since: nothing is written
	 * @throws org.nextsteps.pathway.InvalidRulesException when the draft rules do not compile: nothing is written
	 */
	public PublishedRelease publish(String by, String note, String expectedChecksum) {
		PublishedRelease release = transactions.execute(status -> {
			Serialized draft = serialize(draftDocument());
			if (expectedChecksum != null && !expectedChecksum.equals(draft.checksum())) {
				throw new DraftChangedException();
			}
			return write(draft, by, note);
		});
		installAfterCommit(release);
		return release;
	}

	/**
	 * Publishes the content of an earlier release, exactly, as a new release, and makes the draft say the same
	 * (options that release lacks stay in the draft, unpublished; rules it lacks are disabled).
	 * @throws NoSuchElementException when there is no such release
	 */
	public PublishedRelease rollBack(long releaseId, String by, String note) {
		PublishedRelease release = transactions.execute(status -> {
			ReleaseEntity old = repository.findById(releaseId).orElseThrow(() -> new NoSuchElementException(
					"No release " + releaseId));
			ReleaseDocument document = read(old);
			drafts.replaceWith(document.content(), by);
			ruleDrafts.replaceWith(document.rules(), by);
			return write(document, by, note);
		});
		installAfterCommit(release);
		return release;
	}

	/**
	 * The draft as the release it would become (numbered as the next one), compiled but not stored.
	 * @throws org.nextsteps.pathway.InvalidRulesException when the draft rules do not compile
	 */
	public DraftRelease draft() {
		ReleaseDocument draft = transactions.execute(status -> draftDocument());
		PublishedRelease release = new PublishedRelease(
				new ReleaseInfo(repository.latestId() + 1, Instant.now(), "", ""), draft.content(), draft.rules());
		return new DraftRelease(release, serialize(draft).checksum());
	}

	/**
	 * Loads a newer release if the database has one. Cheap when nothing changed: one indexed query. Other
	 * instances call this periodically so that a publish reaches them too.
	 */
	public void refresh() {
		long latest = repository.latestId();
		PublishedRelease now = current.get();
		if (now != null && now.id() >= latest) {
			return;
		}
		repository.findFirstByOrderByIdDesc().map(this::toPublished).ifPresent(this::install);
	}

	private ReleaseDocument draftDocument() {
		return new ReleaseDocument(drafts.snapshot(), ruleDrafts.all());
	}

	private PublishedRelease write(ReleaseDocument document, String by, String note) {
		return write(serialize(document), by, note);
	}

	/** Writes the document as the next release; compiling it first is the full check, so nothing unservable is stored. */
	private PublishedRelease write(Serialized serialized, String by, String note) {
		long id = repository.latestId() + 1;
		Instant now = Instant.now();
		ReleaseDocument document = serialized.document();
		PublishedRelease release = new PublishedRelease(new ReleaseInfo(id, now, by, note), document.content(),
				document.rules());
		release.requireSafetyNet();
		repository.saveAndFlush(new ReleaseEntity(id, now, by, note, serialized.checksum(), serialized.text()));
		return release;
	}

	private Serialized serialize(ReleaseDocument document) {
		String text = json.writeValueAsString(document);
		return new Serialized(document, text, sha256(text));
	}

	/** A release document with its stored text and that text's checksum, computed once. */
	private record Serialized(ReleaseDocument document, String text, String checksum) {
	}

	/** Makes the release current once its row is committed: at once outside a transaction, else after commit. */
	private void installAfterCommit(PublishedRelease release) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					install(release);
				}
			});
		}
		else {
			install(release);
		}
	}

	private void install(PublishedRelease release) {
		current.accumulateAndGet(release, (old, candidate) -> old == null || candidate.id() > old.id() ? candidate : old);
		log.info("Release {} is now current", release.id());
	}

	private ReleaseDocument read(ReleaseEntity entity) {
		if (!sha256(entity.snapshot()).equals(entity.checksum())) {
			throw new IllegalStateException("Release " + entity.id() + " does not match its checksum");
		}
		return json.readValue(entity.snapshot(), ReleaseDocument.class);
	}

	/**
	 * A stored release as served. One published before safety nets existed is shown with the seed's safety net,
	 * so that its share links still carry one (its stored document and checksum are left as they are).
	 */
	private PublishedRelease toPublished(ReleaseEntity entity) {
		ReleaseDocument document = read(entity);
		ReleaseInfo info = new ReleaseInfo(entity.id(), entity.publishedAt(), entity.publishedBy(), entity.note());
		ContentSnapshot content = document.content();
		if (predatesSafetyNets(content)) {
			content = new ContentSnapshot(content.options(), content.explanations(), content.questions(),
					seedSafetyNet());
		}
		return new PublishedRelease(info, content, document.rules());
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
