package org.nextsteps.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersTheSimpleFormattingEditorsUse() {
		String html = Markdown.toHtml("First **bold** line.\n\n- one\n- two\n\n[NICE](https://www.nice.org.uk/guidance/ng59)");
		assertThat(html).contains("<strong>bold</strong>")
			.contains("<ul>")
			.contains("<li>one</li>")
			.contains("href=\"https://www.nice.org.uk/guidance/ng59\">NICE</a>");
	}

	@Test
	void rawHtmlIsEscapedNotEmitted() {
		String html = Markdown.toHtml("Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void scriptLinksAreNeutralised() {
		assertThat(Markdown.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
	}

	@Test
	void imagesBecomeTheirTextSoNoOtherHostIsFetched() {
		String html = Markdown.toHtml("![a spine diagram](https://cdn.example.com/spine.png)");
		assertThat(html).doesNotContain("<img").doesNotContain("cdn.example.com").contains("a spine diagram");
	}

}
