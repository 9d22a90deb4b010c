package org.nextsteps.content;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.nextsteps.system.EditConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft content as a whole: read in two queries (never option by option), and
 * replaced as a whole when a new installation is seeded or an old release is rolled back
 * to.
 */
@Service
public class ContentDrafts {

	/**
	 * The version of a fact of the About page that was never saved (a saved row starts at
	 * 0), so that two first saves of it conflict.
	 */
	public static final int NEVER_SAVED = -1;

	private final ContentOptionRepository options;

	private final ContentTextRepository texts;

	private final ContentTranslationRepository translations;

	/** The language code of the Spanish translations. */
	static final String SPANISH = "es";

	private final JdbcTemplate jdbc;

	ContentDrafts(ContentOptionRepository options, ContentTextRepository texts,
			ContentTranslationRepository translations, JdbcTemplate jdbc) {
		this.options = options;
		this.texts = texts;
		this.translations = translations;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ContentSnapshot snapshot() {
		List<OptionContent> all = options.findAllByOrderByPositionAsc().stream().map(ContentOption::toContent).toList();
		List<Explanation> explanations = new ArrayList<>();
		List<DoctorQuestion> questions = new ArrayList<>();
		List<SafetyNetLine> safetyNet = new ArrayList<>();
		List<AboutFact> about = new ArrayList<>();
		for (ContentText text : texts.findAllByOrderByKindAscPositionAsc()) {
			switch (text.kind()) {
				case ContentText.EXPLANATION -> explanations.add(text.toExplanation());
				case ContentText.SAFETY -> safetyNet.add(text.toSafetyNetLine());
				case ContentText.ABOUT -> about.add(text.toContent().toAboutFact());
				default -> questions.add(text.toQuestion());
			}
		}
		// the About page's facts in page order, whatever order they were first saved in
		about.sort(java.util.Comparator.comparingInt(fact -> AboutFact.KEYS.indexOf(fact.key())));
		// the Spanish of the content's texts and of the rules' reasons (issue 14), by
		// their English
		java.util.Map<String, String> spanish = new java.util.HashMap<>();
		for (ContentTranslation t : translations.findByLanguage(SPANISH)) {
			spanish.put(t.sourceText(), t.text());
		}
		return new ContentSnapshot(all, explanations, questions, safetyNet, about, spanish);
	}

	/**
	 * The Spanish of these English texts takes the place of what the draft had for them;
	 * other translations stay.
	 */
	private void replaceSpanish(java.util.Map<String, String> spanish, String by) {
		if (spanish.isEmpty()) {
			return;
		}
		java.util.Map<String, ContentTranslation> existing = new java.util.HashMap<>();
		translations.findByLanguage(SPANISH).forEach(t -> existing.put(t.sourceText(), t));
		List<Object[]> added = new ArrayList<>();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		spanish.forEach((english, text) -> {
			ContentTranslation row = existing.get(english);
			if (row == null) {
				added.add(new Object[] { SPANISH, ContentTranslation.hash(english), english, text, now, by });
			}
			else if (!row.text().equals(text)) {
				row.change(text, by);
			}
		});
		// new rows in one batch: a first start adds the seed's Spanish, about a thousand
		// rows, which one insert each would make a second slower
		jdbc.batchUpdate("insert into content_translation (language, source_hash, source_text, text, version, "
				+ "updated_at, updated_by) values (?, ?, ?, ?, 0, ?, ?)", added);
	}

	/**
	 * The draft's Spanish of every text that has one, by its English, with versions
	 * (issue 14). Translations of English no longer used are included.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, DraftTranslation> spanishDrafts() {
		java.util.Map<String, DraftTranslation> all = new java.util.LinkedHashMap<>();
		for (ContentTranslation t : translations.findByLanguage(SPANISH)) {
			all.put(t.sourceText(), t.toDraft());
		}
		return all;
	}

	/**
	 * Saves the Spanish of one English text over the version the editor opened
	 * ({@link #NEVER_SAVED} when it had none).
	 * @throws EditConflictException when someone saved (or first wrote) it since
	 * {@code expectedVersion}: nothing is written
	 * @throws IllegalArgumentException when either text is blank
	 */
	@Transactional
	public DraftTranslation saveSpanish(String english, String spanish, String by, int expectedVersion) {
		if (english == null || english.isBlank() || spanish == null || spanish.isBlank()) {
			throw new IllegalArgumentException("A translation needs both texts");
		}
		String subject = "translation " + ContentTranslation.hash(english);
		Optional<ContentTranslation> found = translations.findByLanguageAndSourceHash(SPANISH,
				ContentTranslation.hash(english));
		if (found.isEmpty()) {
			if (expectedVersion != NEVER_SAVED) {
				throw new EditConflictException(subject);
			}
			try {
				ContentTranslation row = translations
					.saveAndFlush(new ContentTranslation(SPANISH, english, spanish, by));
				return row.toDraft();
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				throw new EditConflictException(subject, ex);
			}
		}
		ContentTranslation row = found.get();
		if (row.version() != expectedVersion) {
			throw new EditConflictException(subject);
		}
		row.change(spanish, by);
		try {
			translations.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException(subject, ex);
		}
		return row.toDraft();
	}

	/** Every draft option in page order, with its version and last change. */
	@Transactional(readOnly = true)
	public List<DraftOption> options() {
		return options.findAllByOrderByPositionAsc().stream().map(ContentOption::toDraft).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DraftOption> option(String slug) {
		return options.findBySlug(slug).map(ContentOption::toDraft);
	}

	/**
	 * Saves one option over the version the editor opened; its slug and place stay.
	 * @throws NoSuchElementException when there is no option with that slug
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}:
	 * nothing is written
	 */
	@Transactional
	public DraftOption saveOption(OptionContent content, int expectedVersion, String by) {
		ContentOption row = options.findBySlug(content.slug())
			.orElseThrow(() -> new NoSuchElementException(content.slug()));
		if (row.version() != expectedVersion) {
			throw new EditConflictException("option " + content.slug());
		}
		row.apply(content, row.position(), by);
		try {
			options.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException("option " + content.slug(), ex);
		}
		return row.toDraft();
	}

	/**
	 * Adds a new option after the last one.
	 * @throws IllegalArgumentException when the slug is taken
	 */
	@Transactional
	public DraftOption addOption(OptionContent content, String by) {
		List<ContentOption> all = options.findAllByOrderByPositionAsc();
		if (all.stream().anyMatch(option -> option.slug().equals(content.slug()))) {
			throw new IllegalArgumentException("Slug already used: " + content.slug());
		}
		int position = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
		ContentOption row = options.save(new ContentOption(content, position, by));
		options.flush();
		return row.toDraft();
	}

	/** Every short text of the draft, by kind and then in page order. */
	@Transactional(readOnly = true)
	public List<DraftText> texts() {
		return texts.findAllByOrderByKindAscPositionAsc().stream().map(ContentText::toDraft).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DraftText> text(TextKind kind, String key) {
		return texts.findByKindAndKey(kind.code(), key).map(ContentText::toDraft);
	}

	/**
	 * Saves one short text over the version the editor opened; its kind, key and place
	 * stay.
	 * @throws NoSuchElementException when there is no such text
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}:
	 * nothing is written
	 */
	@Transactional
	public DraftText saveText(TextContent content, int expectedVersion, String by) {
		Optional<ContentText> found = texts.findByKindAndKey(content.kind().code(), content.key());
		if (found.isEmpty() && content.kind().isFixed() && AboutFact.KEYS.contains(content.key())) {
			// a fact of the About page is saved for the first time, over its page wording
			if (expectedVersion != NEVER_SAVED) {
				throw new EditConflictException(content.kind().code() + " " + content.key());
			}
			try {
				return addText(content, by);
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				throw new EditConflictException(content.kind().code() + " " + content.key(), ex);
			}
		}
		ContentText row = found
			.orElseThrow(() -> new NoSuchElementException(content.kind().code() + " " + content.key()));
		if (row.version() != expectedVersion) {
			throw new EditConflictException(content.kind().code() + " " + content.key());
		}
		row.apply(content, by);
		try {
			texts.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException(content.kind().code() + " " + content.key(), ex);
		}
		return row.toDraft();
	}

	/**
	 * Adds a short text after the last of its kind.
	 * @throws IllegalArgumentException when its kind already has that key
	 */
	@Transactional
	public DraftText addText(TextContent content, String by) {
		if (texts.findByKindAndKey(content.kind().code(), content.key()).isPresent()) {
			throw new IllegalArgumentException("Key already used: " + content.key());
		}
		List<ContentText> same = texts.findByKindOrderByPositionAsc(content.kind().code());
		int position = same.isEmpty() ? 0 : same.get(same.size() - 1).position() + 1;
		ContentText row = new ContentText(content.kind().code(), content.key(), position, content.title(),
				content.body(), content.sources(), by);
		if (content.kind().isSafetyNet()) {
			row.setSafetyNet(content.level(), content.always());
		}
		row = texts.save(row);
		texts.flush();
		return row.toDraft();
	}

	/** Whether the draft has the Spanish of any text (issue 14). */
	@Transactional(readOnly = true)
	public boolean hasSpanish() {
		return translations.count() > 0;
	}

	/**
	 * The seed's Spanish, for a draft that has none: an installation from before issue
	 * 14. It is keyed by English, so only texts still as the seed wrote them get a
	 * Spanish; texts an editor changed stay without one until it is written. Nothing is
	 * published: the draft's new Spanish is a change for clinical review like any other.
	 * @return how many texts got a Spanish (0 when the draft had any)
	 */
	@Transactional
	public int addSpanishIfNone(java.util.Map<String, String> spanish, String by) {
		if (hasSpanish()) {
			return 0;
		}
		replaceSpanish(spanish, by);
		return spanish.size();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return options.count() == 0;
	}

	/**
	 * Makes the draft equal to {@code content}, keeping the rows (and their history) of
	 * slugs that stay.
	 */
	@Transactional
	public void replaceWith(ContentSnapshot content, String by) {
		replaceSpanish(content.spanish(), by);
		var existing = new java.util.HashMap<String, ContentOption>();
		options.findAllByOrderByPositionAsc().forEach(option -> existing.put(option.slug(), option));
		int position = 0;
		var addedOptions = new java.util.ArrayList<ContentOption>();
		for (OptionContent option : content.options()) {
			ContentOption row = existing.remove(option.slug());
			if (row == null) {
				addedOptions.add(new ContentOption(option, position, by));
			}
			else {
				row.apply(option, position, by);
			}
			position++;
		}
		options.saveAll(addedOptions);
		// Options are never deleted from a draft by a replace: a release that lacks one
		// keeps it unpublished.
		var textRows = new java.util.HashMap<String, ContentText>();
		texts.findAllByOrderByKindAscPositionAsc().forEach(text -> textRows.put(text.kind() + ":" + text.key(), text));
		var addedTexts = new java.util.ArrayList<ContentText>();
		position = 0;
		for (Explanation e : content.explanations()) {
			upsertText(textRows, addedTexts, ContentText.EXPLANATION, e.key(), position++, e.title(), e.body(),
					e.sources(), by);
		}
		position = 0;
		for (DoctorQuestion q : content.questions()) {
			upsertText(textRows, addedTexts, ContentText.QUESTION, q.key(), position++, null, q.text(), List.of(), by);
		}
		position = 0;
		for (SafetyNetLine line : content.safetyNet()) {
			upsertText(textRows, addedTexts, ContentText.SAFETY, line.key(), position++, null, line.text(), List.of(),
					by)
				.setSafetyNet(line.level(), line.always());
		}
		position = 0;
		for (AboutFact fact : content.about()) {
			upsertText(textRows, addedTexts, ContentText.ABOUT, fact.key(), position++, null, fact.text(), List.of(),
					by);
		}
		texts.saveAll(addedTexts); // one call for a new installation's texts
	}

	/**
	 * The row of a text, changed or new (new rows are added to {@code added}, unsaved).
	 */
	private static ContentText upsertText(java.util.Map<String, ContentText> rows, List<ContentText> added, String kind,
			String key, int position, String title, String body, List<String> sources, String by) {
		ContentText row = rows.get(kind + ":" + key);
		if (row == null) {
			ContentText text = new ContentText(kind, key, position, title, body, sources, by);
			added.add(text);
			return text;
		}
		row.update(position, title, body, sources, by);
		return row;
	}

}
