package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftTranslation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the Spanish of one patient text with its audit entry, in one transaction (action
 * {@code translation.save}, subject the SHA-256 of the English).
 */
@Service
class TranslationEditing {

	private final ContentDrafts drafts;

	private final AuditLog audit;

	TranslationEditing(ContentDrafts drafts, AuditLog audit) {
		this.drafts = drafts;
		this.audit = audit;
	}

	/**
	 * @param before its Spanish as the page read it; null when it had none
	 * @throws org.nextsteps.system.EditConflictException when someone saved it since
	 * {@code expectedVersion}: nothing is written
	 */
	@Transactional
	DraftTranslation save(String english, @Nullable DraftTranslation before, String spanish, int expectedVersion,
			String by) {
		if (before != null && before.version() == expectedVersion && before.spanish().equals(spanish)) {
			return before;
		}
		DraftTranslation saved = drafts.saveSpanish(english, spanish, by, expectedVersion);
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("spanish", before == null ? null : before.spanish(), spanish));
		audit.record(by, "translation.save", "translation", saved.hash(), changes);
		return saved;
	}

}
