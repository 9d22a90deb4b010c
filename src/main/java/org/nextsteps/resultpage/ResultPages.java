package org.nextsteps.resultpage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Evidence;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.system.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the parts of a result page that are the same for every patient on a release,
 * once per release, with the same templates and messages as the page
 * ({@code patient/result-shell} and {@code patient/result-parts}). A page view then
 * renders only what is personal: rendering the layout, the panels and ten cards on every
 * view was most of a result page's cost.
 *
 * <p>
 * The parts are rendered inside the first request that needs them, so that links carry
 * the context path. They are kept per release object (weakly): published releases stay in
 * memory while they are current or pinned by share links, and an editor's draft preview,
 * which has no stable id, is simply collected.
 */
@Component
public class ResultPages {

	static final String SHELL = "patient/result-shell";

	static final String PARTS = "patient/result-parts";

	/**
	 * Marks a hole in a part (where other parts go): a text no template or content can
	 * contain.
	 */
	private static final String MARKER = "\u0000hole\u0000";

	/**
	 * Marks where a page puts a value of its own (a share code, a release number): a text
	 * no content contains, that passes through a link's path and a message unchanged.
	 */
	private static final String VALUE = "zq9PageValue9qz";

	/**
	 * Marks where the layout puts the page's address in a language (its code follows).
	 */
	private static final String ALTERNATE = "zq9PageLanguage9qz";

	private static final Pattern ALTERNATE_MARK = Pattern.compile(ALTERNATE + "([a-z]{2})");

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final JakartaServletWebApplication application;

	/**
	 * Per release, its parts or their rendering under way: requests that need them at
	 * once wait for one rendering.
	 */
	private final Map<PublishedRelease, FutureTask<ResultPage>> byRelease = new WeakHashMap<>();

	ResultPages(SpringTemplateEngine engine, MessageSource messages, ServletContext servletContext) {
		this.engine = engine;
		this.messages = messages;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The ready-made parts of result pages on this release, rendered now if this is the
	 * first time.
	 */
	public ResultPage of(PublishedRelease release, HttpServletRequest request, HttpServletResponse response) {
		return of(release, true, request, response);
	}

	/**
	 * The same for a draft, as the editor previews it: its option pages do not exist yet,
	 * so its links name no release.
	 */
	public ResultPage ofDraft(PublishedRelease draft, HttpServletRequest request, HttpServletResponse response) {
		return of(draft, false, request, response);
	}

	private ResultPage of(PublishedRelease release, boolean published, HttpServletRequest request,
			HttpServletResponse response) {
		FutureTask<ResultPage> task;
		boolean mine = false;
		synchronized (byRelease) {
			task = byRelease.get(release);
			if (task == null) {
				task = new FutureTask<>(
						() -> new ResultPage(new PartsBuilder(release, published, request, response).build()));
				byRelease.put(release, task);
				mine = true;
			}
		}
		if (mine) {
			task.run(); // in this request, so that links carry its context path
		}
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			synchronized (byRelease) {
				byRelease.remove(release, task); // the next request tries again
			}
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the parts of a result page were rendered", ex);
		}
	}

	/**
	 * A rendered part with every character beyond ASCII written as a character reference
	 * ({@code &#241;} for ñ): the same page to a browser, and a page that is all ASCII is
	 * encoded to UTF-8 by one copy instead of character by character (a sixth of a result
	 * page's cost when "Español" reached the English page; docs/performance.md). Parts
	 * are text and attribute values, where a reference means the character; none is a
	 * script.
	 */
	static String ascii(String html) {
		int first = 0;
		while (first < html.length() && html.charAt(first) < 0x80) {
			first++;
		}
		if (first == html.length()) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length() + 64).append(html, 0, first);
		for (int i = first; i < html.length(); i += Character.charCount(html.codePointAt(i))) {
			int c = html.codePointAt(i);
			if (c < 0x80) {
				out.append((char) c);
			}
			else {
				out.append("&#").append(c).append(';');
			}
		}
		return out.toString();
	}

	/**
	 * A rendered part cut at its holes (each marked by the marker) into the pieces around
	 * them.
	 */
	private static List<String> cut(String html, int holes) {
		return cut(html, MARKER, holes);
	}

	/**
	 * A rendered part cut at each place of {@code mark} ({@link #MARKER} for other parts,
	 * {@link #VALUE} for a page's own values) into the pieces around them.
	 */
	private static List<String> cut(String html, String mark, int holes) {
		List<String> pieces = List.of(html.split(Pattern.quote(mark), -1));
		if (pieces.size() != holes + 1) {
			throw new IllegalStateException("A rendered part has " + (pieces.size() - 1) + " holes, not " + holes);
		}
		return pieces;
	}

	/**
	 * Renders the parts of one release's result pages, group by group, with the templates
	 * and fragments in the context of one request, as its page would be.
	 */
	private final class PartsBuilder {

		private final PublishedRelease release;

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		/** Whether the release is published (a draft's option pages do not exist yet). */
		private final boolean published;

		PartsBuilder(PublishedRelease release, boolean published, HttpServletRequest request,
				HttpServletResponse response) {
			this.release = release;
			this.published = published;
			this.request = new OwnAttributes(request);
			this.response = response;
		}

		ResultPage.Parts build() {
			return new ResultPage.Parts(shell(), cards(), sections(), told(), weigh());
		}

		private ResultPage.Shell shell() {
			// the page's address in each language goes where the layout names it
			Map<Language, String> alternates = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				alternates.put(language, ALTERNATE + language.code());
			}
			List<String> shell = cut(template(SHELL, Map.of("marker", MARKER, "contentRelease", release,
					Language.ALTERNATES, alternates, Language.ATTRIBUTE, release.language())), 1);
			List<String> topPieces = new ArrayList<>();
			List<Language> topHoles = new ArrayList<>();
			Matcher m = ALTERNATE_MARK.matcher(shell.get(0));
			int from = 0;
			while (m.find()) {
				topPieces.add(shell.get(0).substring(from, m.start()));
				topHoles.add(Language.of(Locale.forLanguageTag(m.group(1))));
				from = m.end();
			}
			topPieces.add(shell.get(0).substring(from));
			Map<String, String> panels = new LinkedHashMap<>();
			for (Disposition disposition : Disposition.values()) {
				panels.put(disposition.code(), part("panel", "disposition", disposition.code()));
			}
			return new ResultPage.Shell(List.copyOf(topPieces), List.copyOf(topHoles), shell.get(1), Map.copyOf(panels),
					part("intro"), part("tail"), cut(part("newer", Map.of("release", VALUE, "code", VALUE)), VALUE, 2),
					actions(false, 2), actions(true, 3), part("diary"), cut(part("share", "link", VALUE), VALUE, 2));
		}

		/** The links that carry the share code, cut at each place of the code. */
		private List<String> actions(boolean compare, int codes) {
			return cut(part("actions", Map.of("code", VALUE, "compare", compare)), VALUE, codes);
		}

		private ResultPage.Cards cards() {
			List<RenderedOption> options = release.options();
			List<String> ranks = new ArrayList<>(options.size());
			for (int rank = 1; rank <= options.size(); rank++) {
				ranks.add(part("rank", "n", rank));
			}
			List<String> compactRanks = new ArrayList<>(options.size());
			for (int rank = 1; rank <= options.size(); rank++) {
				compactRanks.add(part("compact-rank", "n", rank));
			}
			Map<String, String> heads = new LinkedHashMap<>();
			Map<String, String> foots = new LinkedHashMap<>();
			Map<String, String> compactHeads = new LinkedHashMap<>();
			for (RenderedOption option : options) {
				heads.put(option.slug(), part("head", "c", option.content()));
				foots.put(option.slug(), part("foot", "c", option.content()));
				compactHeads.put(option.slug(), part("compact-head", "c", option.content()));
			}
			Map<String, ResultPage.Hole> groups = new LinkedHashMap<>();
			for (Stage stage : Stage.values()) {
				groups.put(stage.code(), hole("group", Map.of("stage", stage.code())));
			}
			Map<String, String> reasons = new LinkedHashMap<>();
			for (RuleDefinition rule : release.rules().definitions()) {
				if (rule.reason() != null && !reasons.containsKey(rule.reason())) {
					reasons.put(rule.reason(), part("reason", "r", rule.reason()));
				}
			}
			return new ResultPage.Cards(hole("steps", Map.of("levels", Evidence.values())), hole("top-cards"),
					hole("card"), List.copyOf(ranks), Map.copyOf(heads), Map.copyOf(foots), hole("reasons"),
					hole("cautions"), Map.copyOf(reasons), hole("others"), Map.copyOf(groups), hole("compact"),
					List.copyOf(compactRanks), Map.copyOf(compactHeads));
		}

		/**
		 * "What you told us": a row per key item, and the text of each of its answers as
		 * the check page words it.
		 */
		private ResultPage.Told told() {
			Map<String, ResultPage.Hole> rows = new LinkedHashMap<>();
			Map<String, String> values = new LinkedHashMap<>();
			for (String id : ResultPage.TOLD) {
				Item item = release.rules().questionnaire().item(id).orElseThrow();
				rows.put(id, hole("told-row", Map.of("item", id)));
				if (item.type() == ItemType.INTEGER) {
					for (int n = item.min(); n <= item.max(); n++) {
						values.put(id + "=" + n, part("told-value", "text", message("told." + id + ".value", n)));
					}
				}
				else {
					for (String code : item.codes()) {
						values.put(id + "=" + code, part("told-value", "text", message(item.codeKey(code))));
					}
				}
			}
			return new ResultPage.Told(hole("told"), Map.copyOf(rows), Map.copyOf(values));
		}

		/**
		 * The way to the weighing page, and the lines that say what a weighed result
		 * leans toward and how ready the patient feels.
		 */
		private ResultPage.Weigh weigh() {
			List<String> around = cut(part("weigh", Map.of("code", VALUE, "marker", MARKER)), 1);
			List<String> invite = new ArrayList<>(List.of(around.get(0)));
			invite.addAll(cut(around.get(1), VALUE, 1));
			Map<String, String> leanings = new LinkedHashMap<>();
			for (RenderedOption option : release.options()) {
				leanings.put(option.slug(), part("leaning", "title", option.content().title()));
			}
			leanings.put(Reflection.NOT_SURE, part("leaning", "title", message("weigh.leaning.not-sure")));
			Map<String, String> outcomes = new LinkedHashMap<>();
			for (String outcome : List.of("ready", "not-yet")) {
				outcomes.put(outcome, part("ready-outcome", "outcome", outcome));
			}
			return new ResultPage.Weigh(List.copyOf(invite), Map.copyOf(leanings), Map.copyOf(outcomes));
		}

		private String message(String key, Object... arguments) {
			return messages.getMessage(key, arguments, release.language().locale());
		}

		private ResultPage.Sections sections() {
			Map<String, String> explanations = new LinkedHashMap<>();
			for (Explanation explanation : release.content().explanations()) {
				explanations.put(explanation.key(), part("explanation", "e", explanation));
			}
			Map<String, String> questions = new LinkedHashMap<>();
			for (DoctorQuestion question : release.content().questions()) {
				questions.put(question.key(), part("question", "q", question));
			}
			Map<String, String> safetyLines = new LinkedHashMap<>();
			for (SafetyNetLine line : release.content().safetyNet()) {
				safetyLines.put(line.key(), part("safety-line", "line", line));
			}
			return new ResultPage.Sections(new ResultPage.Section(hole("why"), Map.copyOf(explanations)),
					new ResultPage.Section(hole("questions"), Map.copyOf(questions)),
					cut(part("safety", "marker", MARKER), SafetyNetLine.Level.values().length),
					Map.copyOf(safetyLines));
		}

		private String template(String template, Map<String, Object> variables) {
			return ascii(engine.process(template, context(variables)));
		}

		private String part(String fragment) {
			return part(fragment, Map.of());
		}

		private String part(String fragment, String name, Object value) {
			return part(fragment, Map.of(name, value));
		}

		private String part(String fragment, Map<String, Object> variables) {
			return ascii(engine.process(PARTS, Set.of(fragment), context(variables)).strip());
		}

		private ResultPage.Hole hole(String fragment) {
			return hole(fragment, Map.of());
		}

		/** A part with one hole, where the parts it holds go. */
		private ResultPage.Hole hole(String fragment, Map<String, Object> variables) {
			Map<String, Object> withMarker = new HashMap<>(variables);
			withMarker.put("marker", MARKER);
			List<String> pieces = cut(part(fragment, withMarker), 1);
			return new ResultPage.Hole(pieces.get(0), pieces.get(1));
		}

		private WebContext context(Map<String, Object> variables) {
			Map<String, Object> all = new HashMap<>(variables);
			if (published) {
				all.put("optionRelease", release.id());
			}
			return new WebContext(application.buildExchange(request, response), release.language().locale(), all);
		}

	}

	/**
	 * The request as the parts see it, with attributes of its own: Thymeleaf keeps a
	 * template's variables as request attributes, and the parts' variables ({@code code},
	 * {@code c}...) must not leak into the page the request goes on to render.
	 */
	private static final class OwnAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				attributes.remove(name);
			}
			else {
				attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
		}

	}

}
