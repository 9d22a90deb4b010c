package org.nextsteps.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the simple formatting editors may use (paragraphs, lists, bold, links) into HTML.
 * Raw HTML in content is escaped, and images are shown as their text, so content can
 * neither run script nor make a browser fetch from another host. A link keeps its target
 * only when it is a page of this site (a path, not {@code //host}), an anchor, or an
 * {@code http}, {@code https} or {@code mailto} address; any other ({@code javascript:},
 * {@code data:}, protocol-relative) is shown as its text alone.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.nodeRendererFactory(SafeNodes::new)
		.build();

	private Markdown() {
	}

	public static String toHtml(String markdown) {
		return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
	}

	/**
	 * Whether a link may point there: a path of this site, an anchor, or an http(s) or
	 * mailto address.
	 */
	static boolean allowed(String destination) {
		String url = destination == null ? "" : destination.strip();
		// browsers read a backslash as a slash and drop tabs and newlines: "/\host" and
		// "/\t/host" are other hosts
		String normalised = url.replace('\\', '/').replaceAll("[\\t\\n\\r]", "");
		if (normalised.isEmpty() || normalised.startsWith("//")) {
			return false;
		}
		var scheme = SCHEME.matcher(normalised);
		if (scheme.find()) {
			return SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
		}
		return true;
	}

	/**
	 * What content may not do: an image is shown as its alternative text (no other host
	 * is ever fetched), and a link whose target is not allowed becomes its text.
	 */
	private record SafeNodes(HtmlNodeRendererContext context) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class, Link.class);
		}

		@Override
		public void render(Node node) {
			if (node instanceof Link link && allowed(link.getDestination())) {
				Map<String, String> attributes = new LinkedHashMap<>();
				attributes.put("href", context.encodeUrl(link.getDestination().strip()));
				if (link.getTitle() != null) {
					attributes.put("title", link.getTitle());
				}
				context.getWriter().tag("a", context.extendAttributes(link, "a", attributes));
				renderChildren(link);
				context.getWriter().tag("/a");
			}
			else if (node instanceof Image) {
				for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
					if (child instanceof Text text) {
						context.getWriter().text(text.getLiteral());
					}
				}
			}
			else {
				renderChildren(node);
			}
		}

		private void renderChildren(Node node) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				context.render(child);
			}
		}

	}

}
