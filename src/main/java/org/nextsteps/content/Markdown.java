package org.nextsteps.content;

import java.util.Set;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the simple formatting editors may use (paragraphs, lists, bold, links) into HTML. Raw HTML in
 * content is escaped, link targets are sanitized (no {@code javascript:}), and images are shown as their
 * text, so content can neither run script nor make a browser fetch from another host.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.nodeRendererFactory(context -> new NodeRenderer() {
			@Override
			public Set<Class<? extends Node>> getNodeTypes() {
				return Set.of(Image.class);
			}

			@Override
			public void render(Node node) {
				for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
					if (child instanceof Text text) {
						context.getWriter().text(text.getLiteral());
					}
				}
			}
		})
		.build();

	private Markdown() {
	}

	public static String toHtml(String markdown) {
		return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
	}

}
