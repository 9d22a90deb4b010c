package org.nextsteps.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One short text as editors change it, whatever its kind: an explanation has a title and
 * sources, a safety-net line a level and whether every result shows it.
 */
public record TextContent(TextKind kind, String key, @Nullable String title, String body, List<String> sources,
		SafetyNetLine.@Nullable Level level, boolean always) {

	public TextContent {
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	public static TextContent of(Explanation e) {
		return new TextContent(TextKind.EXPLANATION, e.key(), e.title(), e.body(), e.sources(), null, false);
	}

	public static TextContent of(DoctorQuestion q) {
		return new TextContent(TextKind.QUESTION, q.key(), null, q.text(), List.of(), null, false);
	}

	public static TextContent of(SafetyNetLine line) {
		return new TextContent(TextKind.SAFETY, line.key(), null, line.text(), List.of(), line.level(), line.always());
	}

	public static TextContent of(AboutFact fact) {
		return new TextContent(TextKind.ABOUT, fact.key(), null, fact.text(), List.of(), null, false);
	}

	public AboutFact toAboutFact() {
		return new AboutFact(key, body);
	}

	/** What a patient reads of it, for its title the name it is listed by. */
	public String label() {
		return title != null && !title.isBlank() ? title : body;
	}

	public Explanation toExplanation() {
		return new Explanation(key, title, body, sources);
	}

	public DoctorQuestion toQuestion() {
		return new DoctorQuestion(key, body);
	}

	public SafetyNetLine toSafetyNetLine() {
		return new SafetyNetLine(key, level == null ? SafetyNetLine.Level.TODAY : level, always, body);
	}

}
