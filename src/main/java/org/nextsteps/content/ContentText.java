package org.nextsteps.content;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;

/**
 * The editable draft of a supporting text: an explanation, a question for the doctor or a
 * safety-net line.
 */
@Entity
@Table(name = "content_text")
class ContentText extends EditableRecord {

	static final String EXPLANATION = "explanation";

	static final String QUESTION = "question";

	static final String SAFETY = "safety";

	static final String ABOUT = "about";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 20)
	private String kind;

	@Column(name = "text_key", nullable = false, length = 80)
	private String key;

	@Column(nullable = false)
	private int position;

	@Column(length = 300)
	private String title;

	@Column(nullable = false, length = 4000)
	private String body;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 4000)
	private List<String> sources;

	/** A safety-net line's level; null for other kinds. */
	@Column(length = 20)
	private String level;

	@Column(name = "shown_always", nullable = false)
	private boolean shownAlways;

	protected ContentText() {
	}

	ContentText(String kind, String key, int position, String title, String body, List<String> sources, String by) {
		this.kind = kind;
		this.key = key;
		update(position, title, body, sources, by);
	}

	void update(int position, String title, String body, List<String> sources, String by) {
		this.position = position;
		this.title = title;
		this.body = body;
		this.sources = List.copyOf(sources);
		touch(by);
	}

	String kind() {
		return kind;
	}

	String key() {
		return key;
	}

	Explanation toExplanation() {
		return new Explanation(key, title, body, sources);
	}

	DoctorQuestion toQuestion() {
		return new DoctorQuestion(key, body);
	}

	void setSafetyNet(SafetyNetLine.Level level, boolean always) {
		this.level = level.code();
		this.shownAlways = always;
	}

	SafetyNetLine toSafetyNetLine() {
		return new SafetyNetLine(key, SafetyNetLine.Level.fromCode(level), shownAlways, body);
	}

	int position() {
		return position;
	}

	TextContent toContent() {
		return switch (org.nextsteps.system.Coded.fromCode(TextKind.class, kind)) {
			case EXPLANATION -> TextContent.of(toExplanation());
			case QUESTION -> TextContent.of(toQuestion());
			case SAFETY -> TextContent.of(toSafetyNetLine());
			case ABOUT -> TextContent.of(new AboutFact(key, body));
		};
	}

	DraftText toDraft() {
		return new DraftText(toContent(), version(), updatedAt(), updatedBy());
	}

	/** Takes the editor's text; its kind, key and place stay. */
	void apply(TextContent content, String by) {
		update(position, content.kind().hasTitle() ? content.title() : null, content.body(),
				content.kind().hasSources() ? content.sources() : List.of(), by);
		if (content.kind().isSafetyNet()) {
			setSafetyNet(content.level(), content.always());
		}
	}

}
