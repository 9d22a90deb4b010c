package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftText;
import org.nextsteps.content.TextContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the draft's short texts (explanations, questions for the doctor, safety-net
 * lines) with their audit entries, in one transaction: both are written, or neither. The
 * audit names each field as the release diffs do ({@code explanation.body},
 * {@code question.text}, {@code safety.level}).
 */
@Service
class TextEditing {

	private final ContentDrafts drafts;

	private final AuditLog audit;

	TextEditing(ContentDrafts drafts, AuditLog audit) {
		this.drafts = drafts;
		this.audit = audit;
	}

	/**
	 * @param reason why a safety-net line was made less urgent; blank otherwise
	 * @throws org.nextsteps.system.EditConflictException when someone saved it since
	 * {@code expectedVersion}
	 */
	@Transactional
	DraftText save(DraftText before, TextContent content, int expectedVersion, String by, String reason) {
		List<FieldChange> changes = changes(before.content(), content);
		if (changes.isEmpty()) {
			return before;
		}
		DraftText saved = drafts.saveText(content, expectedVersion, by);
		List<FieldChange> recorded = new ArrayList<>(changes);
		if (reason != null && !reason.isBlank()) {
			recorded.add(new FieldChange("lowerReason", null, reason.strip()));
		}
		audit.record(by, content.kind().code() + ".update", content.kind().code(), content.key(), recorded);
		return saved;
	}

	/**
	 * @throws IllegalArgumentException when its kind already has that key
	 */
	@Transactional
	DraftText add(TextContent content, String by) {
		DraftText saved = drafts.addText(content, by);
		audit.record(by, content.kind().code() + ".create", content.kind().code(), content.key(),
				changes(null, content));
		return saved;
	}

	/** The fields that differ, named as the release diffs name them. */
	static List<FieldChange> changes(TextContent before, TextContent after) {
		TextContent kind = after != null ? after : before;
		return switch (kind.kind()) {
			case EXPLANATION -> Fields.changes(Fields.EXPLANATION, before == null ? null : before.toExplanation(),
					after == null ? null : after.toExplanation());
			case QUESTION -> Fields.changes(Fields.QUESTION, before == null ? null : before.toQuestion(),
					after == null ? null : after.toQuestion());
			case SAFETY -> Fields.changes(Fields.SAFETY, before == null ? null : before.toSafetyNetLine(),
					after == null ? null : after.toSafetyNetLine());
			case ABOUT -> Fields.changes(Fields.ABOUT, before == null ? null : before.toAboutFact(),
					after == null ? null : after.toAboutFact());
		};
	}

}
