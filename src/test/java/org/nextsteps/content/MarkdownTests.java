package org.nextsteps.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersTheSimpleFormattingEditorsUse() {
		String html = Markdown
			.toHtml("First **bold** line.\n\n- one\n- two\n\n[NICE](https://www.nice.org.uk/guidance/ng59)");
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

	/**
	 * Issue 18: data: and protocol-relative links (and their disguises) are shown as
	 * text, without a link.
	 */
	@Test
	void dataAndOtherHostLinksBecomeTheirText() {
		for (String target : new String[] { "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x",
				"//evil.example/x", "/\\\\evil.example", "vbscript:msgbox(1)", "file:///etc/passwd",
				"JaVaScRiPt:alert(1)" }) {
			String html = Markdown.toHtml("[read more](" + target.replace(" ", "%20") + ")");
			assertThat(html).as(target).doesNotContain("<a").contains("read more");
		}
		assertThat(Markdown.toHtml("[NICE](https://www.nice.org.uk/guidance/ng59)"))
			.contains("<a href=\"https://www.nice.org.uk/guidance/ng59\">NICE</a>");
		assertThat(Markdown.toHtml("[the urgent page](/urgent-help)")).contains("<a href=\"/urgent-help\">");
		assertThat(Markdown.toHtml("[write](mailto:team@example.org)")).contains("href=\"mailto:team@example.org\"");
		assertThat(Markdown.allowed("/\\evil.example")).isFalse();
		assertThat(Markdown.allowed("#section")).isTrue();
	}

}
