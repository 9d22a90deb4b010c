package org.nextsteps.editor;

import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftOption;
import org.nextsteps.content.OptionContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves draft options with their audit entries, in one transaction: both are written, or
 * neither.
 */
@Service
class OptionEditing {

	private final ContentDrafts drafts;

	private final AuditLog audit;

	OptionEditing(ContentDrafts drafts, AuditLog audit) {
		this.drafts = drafts;
		this.audit = audit;
	}

	/**
	 * @throws org.nextsteps.system.EditConflictException when someone saved it since
	 * {@code expectedVersion}
	 */
	@Transactional
	DraftOption save(OptionContent content, int expectedVersion, String by) {
		DraftOption before = drafts.option(content.slug()).orElseThrow();
		List<FieldChange> changes = Fields.changes(Fields.OPTION, before.content(), content);
		if (changes.isEmpty()) {
			return before;
		}
		DraftOption saved = drafts.saveOption(content, expectedVersion, by);
		audit.record(by, "option.update", "option", content.slug(), changes);
		return saved;
	}

	@Transactional
	DraftOption add(OptionContent content, String by) {
		DraftOption saved = drafts.addOption(content, by);
		audit.record(by, "option.create", "option", content.slug(), Fields.changes(Fields.OPTION, null, content));
		return saved;
	}

}
