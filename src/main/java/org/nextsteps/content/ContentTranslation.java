package org.nextsteps.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;

/**
 * The draft's translation of one patient text (issue 14): the English it translates and
 * its text in the language. Found by the SHA-256 of the English, so a change to the
 * English leaves the old translation behind and the new text without one.
 */
@Entity
@Table(name = "content_translation")
class ContentTranslation extends EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(name = "source_hash", nullable = false, length = 64)
	private String sourceHash;

	@Column(name = "source_text", nullable = false, length = 20000)
	private String sourceText;

	@Column(nullable = false, length = 30000)
	private String text;

	protected ContentTranslation() {
	}

	ContentTranslation(String language, String sourceText, String text, String by) {
		this.language = language;
		this.sourceHash = hash(sourceText);
		this.sourceText = sourceText;
		this.text = text;
		touch(by);
	}

	String sourceText() {
		return sourceText;
	}

	String text() {
		return text;
	}

	DraftTranslation toDraft() {
		return new DraftTranslation(sourceText, text, version(), updatedAt(), updatedBy());
	}

	void change(String text, String by) {
		this.text = text;
		touch(by);
	}

	/** The SHA-256 of a text, in hex: how a translation is found. */
	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

}
