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
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.release.PublishedRelease;
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

	private static final String PRIORITIES = "priorities";

	private final SpringTemplateEngine engine;

	private final JakartaServletWebApplication application;

	/**
	 * Per release, its parts or their rendering under way: requests that need them at
	 * once wait for one rendering.
	 */
	private final Map<PublishedRelease, FutureTask<ResultPage>> byRelease = new WeakHashMap<>();

	ResultPages(SpringTemplateEngine engine, ServletContext servletContext) {
		this.engine = engine;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The ready-made parts of result pages on this release, rendered now if this is the
	 * first time.
	 */
	public ResultPage of(PublishedRelease release, HttpServletRequest request, HttpServletResponse response) {
		FutureTask<ResultPage> task;
		boolean mine = false;
		synchronized (byRelease) {
			task = byRelease.get(release);
			if (task == null) {
				task = new FutureTask<>(() -> new ResultPage(render(release, new Renderer(request, response))));
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

	private ResultPage.Parts render(PublishedRelease release, Renderer renderer) {
		List<String> shell = cut(renderer.template(SHELL, Map.of("marker", MARKER, "contentRelease", release)), 1);
		Map<String, String> panels = new LinkedHashMap<>();
		for (Disposition disposition : Disposition.values()) {
			panels.put(disposition.code(), renderer.part("panel", "disposition", disposition.code()));
		}
		Map<String, String> explanations = new LinkedHashMap<>();
		for (Explanation explanation : release.content().explanations()) {
			explanations.put(explanation.key(), renderer.part("explanation", "e", explanation));
		}
		List<RenderedOption> options = release.options();
		List<String> ranks = new ArrayList<>(options.size());
		for (int rank = 1; rank <= options.size(); rank++) {
			ranks.add(renderer.part("rank", "n", rank));
		}
		Map<String, String> heads = new LinkedHashMap<>();
		Map<String, String> foots = new LinkedHashMap<>();
		Map<String, String> columns = new LinkedHashMap<>();
		for (RenderedOption option : options) {
			heads.put(option.slug(), renderer.part("head", "c", option.content()));
			foots.put(option.slug(), renderer.part("foot", "c", option.content()));
			columns.put(option.slug(), renderer.part("column", "c", option.content()));
		}
		Map<String, String> reasons = new LinkedHashMap<>();
		for (RuleDefinition rule : release.rules().definitions()) {
			if (rule.reason() != null && !reasons.containsKey(rule.reason())) {
				reasons.put(rule.reason(), renderer.part("reason", "r", rule.reason()));
			}
		}
		Map<String, ResultPage.Hole> priorityRows = new LinkedHashMap<>();
		for (String code : release.rules().questionnaire().item(PRIORITIES).orElseThrow().codes()) {
			priorityRows.put(code, renderer.hole("priority", Map.of("code", code)));
		}
		Map<String, String> fits = new LinkedHashMap<>();
		for (ResultViews.Fit fit : ResultViews.Fit.values()) {
			fits.put(fit.code(), renderer.part("fit", "fit", fit.code()));
		}
		Map<String, String> questions = new LinkedHashMap<>();
		for (DoctorQuestion question : release.content().questions()) {
			questions.put(question.key(), renderer.part("question", "q", question));
		}
		Map<String, String> safetyLines = new LinkedHashMap<>();
		for (SafetyNetLine line : release.content().safetyNet()) {
			safetyLines.put(line.key(), renderer.part("safety-line", "line", line));
		}
		return new ResultPage.Parts(shell.get(0), shell.get(1), Map.copyOf(panels), renderer.part("intro"),
				renderer.hole("why", Map.of()), Map.copyOf(explanations), renderer.hole("steps", Map.of()),
				renderer.hole("card", Map.of()), List.copyOf(ranks), Map.copyOf(heads),
				renderer.hole("reasons", Map.of()), Map.copyOf(reasons), Map.copyOf(foots),
				renderer.hole("matters", Map.of()), cut(renderer.part("priorities", "marker", MARKER), 2),
				Map.copyOf(columns), Map.copyOf(priorityRows), Map.copyOf(fits), renderer.hole("questions", Map.of()),
				Map.copyOf(questions), renderer.part("tail", "shared", true), renderer.part("tail", "shared", false),
				cut(renderer.part("safety", "marker", MARKER), SafetyNetLine.Level.values().length),
				Map.copyOf(safetyLines), renderer.hole("cautions", Map.of()));
	}

	/**
	 * A rendered part cut at its holes (each marked by the marker) into the pieces around
	 * them.
	 */
	private static List<String> cut(String html, int holes) {
		List<String> pieces = List.of(html.split(Pattern.quote(MARKER), -1));
		if (pieces.size() != holes + 1) {
			throw new IllegalStateException("A rendered part has " + (pieces.size() - 1) + " holes, not " + holes);
		}
		return pieces;
	}

	/**
	 * Renders templates and fragments in the context of one request, as its page would
	 * be.
	 */
	private final class Renderer {

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		Renderer(HttpServletRequest request, HttpServletResponse response) {
			this.request = new OwnAttributes(request);
			this.response = response;
		}

		String template(String template, Map<String, Object> variables) {
			return engine.process(template, context(variables));
		}

		String part(String fragment) {
			return part(fragment, Map.of());
		}

		String part(String fragment, String name, Object value) {
			return part(fragment, Map.of(name, value));
		}

		private String part(String fragment, Map<String, Object> variables) {
			return engine.process(PARTS, Set.of(fragment), context(variables)).strip();
		}

		/** A part with one hole, where the parts it holds go. */
		ResultPage.Hole hole(String fragment, Map<String, Object> variables) {
			Map<String, Object> withMarker = new HashMap<>(variables);
			withMarker.put("marker", MARKER);
			List<String> pieces = cut(part(fragment, withMarker), 1);
			return new ResultPage.Hole(pieces.get(0), pieces.get(1));
		}

		private WebContext context(Map<String, Object> variables) {
			return new WebContext(application.buildExchange(request, response), Locale.ENGLISH, variables);
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
