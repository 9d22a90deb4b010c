package org.nextsteps.editor;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.nextsteps.content.DraftText;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.TextContent;
import org.nextsteps.content.TextKind;
import org.nextsteps.system.Coded;
import org.springframework.validation.Errors;

/**
 * A short text as its form sends it: an explanation (title, text, sources), a question
 * for the doctor (text) or a safety-net line (text, level, shown always). What a kind
 * does not have is ignored. A safety-net line is made less urgent only with a written
 * reason.
 */
public class TextForm extends MergeableForm {

	/** The checks of a new text only: its key. */
	interface New {

	}

	static final int MAX_TITLE = 300;

	static final int MAX_BODY = 4_000;

	static final int MAX_SOURCES = 1_900;

	static final int MAX_REASON = 400;

	/** Lower-case words and digits joined by underscores, at most 80 characters. */
	static final String KEY = "(?=.{1,80}$)[a-z0-9]+(?:_[a-z0-9]+)*";

	@Pattern(regexp = KEY, message = "{editor.text.error.key}", groups = New.class)
	private String key = "";

	@Size(max = MAX_TITLE, message = "{editor.option.error.too-long}")
	private String title = "";

	@NotBlank(message = "{editor.option.error.required}")
	@Size(max = MAX_BODY, message = "{editor.option.error.too-long}")
	private String body = "";

	@Size(max = MAX_SOURCES, message = "{editor.option.error.too-long}")
	private String sources = "";

	private String level = "";

	private boolean always;

	@Size(max = MAX_REASON, message = "{editor.option.error.too-long}")
	private String reason = "";

	private int version;

	static TextForm of(DraftText draft) {
		TextForm form = new TextForm();
		TextContent t = draft.content();
		form.key = t.key();
		form.title = t.title() == null ? "" : t.title();
		form.body = t.body();
		form.sources = Fields.lines(t.sources());
		form.level = t.level() == null ? "" : t.level().code();
		form.always = t.always();
		form.version = draft.version();
		form.setBase(Fields.values(Fields.TEXT, t));
		return form;
	}

	/**
	 * Rejects what the kind needs, after Bean Validation: an explanation's title, a
	 * safety-net line's level, and a reason when a safety-net line is made less urgent
	 * than {@code saved} (null for a new line).
	 */
	void checkFor(Errors errors, TextKind kind, TextContent saved) {
		if (kind.hasTitle() && title.isBlank()) {
			errors.rejectValue("title", "editor.option.error.required");
		}
		if (kind.isSafetyNet()) {
			if (!Coded.isCode(SafetyNetLine.Level.class, level)) {
				errors.rejectValue("level", "editor.text.error.level");
			}
			else if (saved != null && lowers(saved) && reason.isBlank()) {
				errors.rejectValue("reason", "editor.text.error.reason");
			}
		}
	}

	/**
	 * Whether this makes a safety-net line less urgent than {@code saved}: from call an
	 * ambulance to call today, or from every result to some.
	 */
	boolean lowers(TextContent saved) {
		boolean lowerLevel = saved.level() == SafetyNetLine.Level.EMERGENCY
				&& SafetyNetLine.Level.TODAY.code().equals(level);
		return lowerLevel || (saved.always() && !always);
	}

	/** Only when nothing was rejected. */
	TextContent toContent(TextKind kind, String textKey) {
		return new TextContent(kind, textKey, kind.hasTitle() ? Fields.normalised(title) : null,
				Fields.normalised(body), kind.hasSources() ? OptionForm.list(sources) : List.of(),
				kind.isSafetyNet() ? SafetyNetLine.Level.fromCode(level) : null, kind.isSafetyNet() && always);
	}

	@Override
	public String value(String field) {
		return switch (field) {
			case "title" -> Fields.normalised(title);
			case "body" -> Fields.normalised(body);
			case "sources" -> Fields.lines(OptionForm.list(sources));
			case "level" -> level.strip();
			case "always" -> String.valueOf(always);
			default -> throw new IllegalArgumentException(field);
		};
	}

	@Override
	public void set(String field, String value) {
		switch (field) {
			case "title" -> title = value;
			case "body" -> body = value;
			case "sources" -> sources = value;
			case "level" -> level = value;
			case "always" -> always = Boolean.parseBoolean(value);
			default -> throw new IllegalArgumentException(field);
		}
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key == null ? "" : key.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body == null ? "" : body;
	}

	public String getSources() {
		return sources;
	}

	public void setSources(String sources) {
		this.sources = sources == null ? "" : sources;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level == null ? "" : level;
	}

	public boolean isAlways() {
		return always;
	}

	public void setAlways(boolean always) {
		this.always = always;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}

	public int getVersion() {
		return version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

}
