package org.nextsteps.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftTranslation;

/**
 * The Spanish of one patient text as its form sends it (issue 14), with the version it
 * was opened at ({@link ContentDrafts#NEVER_SAVED} when it had none).
 */
public class TranslationForm {

	/**
	 * The longest Spanish the draft keeps (its column): half as long again as the longest
	 * English field (an option's "what it involves", 20,000).
	 */
	static final int MAX_SPANISH = 30_000;

	@NotBlank(message = "{editor.translation.error.blank}")
	@Size(max = MAX_SPANISH, message = "{editor.option.error.too-long}")
	private String spanish = "";

	private int version = ContentDrafts.NEVER_SAVED;

	static TranslationForm of(DraftTranslation saved) {
		TranslationForm form = new TranslationForm();
		if (saved != null) {
			form.spanish = saved.spanish();
			form.version = saved.version();
		}
		return form;
	}

	/**
	 * The text as it is kept: one kind of line ending, no spaces at the ends of lines or
	 * of the text.
	 */
	String normalised() {
		return spanish.replaceAll("\\r\\n?", "\n").replaceAll("[ \\t]+\\n", "\n").strip();
	}

	public String getSpanish() {
		return spanish;
	}

	public void setSpanish(String spanish) {
		this.spanish = spanish == null ? "" : spanish;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
