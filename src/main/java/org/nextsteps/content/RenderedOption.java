package org.nextsteps.content;

/**
 * An option ready for a page: the formatted texts are rendered (and made safe) once, when
 * a release is loaded, never per request.
 */
public record RenderedOption(OptionContent content, String involvesHtml, String suitsHtml, String notForHtml) {

	public static RenderedOption of(OptionContent content) {
		return new RenderedOption(content, Markdown.toHtml(content.involves()), Markdown.toHtml(content.suits()),
				Markdown.toHtml(content.notFor()));
	}

	public String slug() {
		return content.slug();
	}

}
