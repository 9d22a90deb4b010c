package org.nextsteps.patient;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * "N out of 100 people" as a picture: 100 small figures in ten rows of ten, the first N
 * filled and the rest drawn as outlines, so that it reads the same in greyscale and on
 * paper. Drawn on the server as inline SVG (no script, no image file per option), one
 * path for the filled figures and one for the others; the 101 pictures are drawn once
 * when the app starts. The picture hides itself from screen readers: the element around
 * it carries the text alternative from the bundle (option pages have it as
 * {@code pictures}).
 */
@Component
public class IconArrays {

	/** The denominator of every number the guide shows. */
	static final int PEOPLE = 100;

	private static final int PER_ROW = 10;

	/** Each figure's cell, in SVG units: a head above a body. */
	private static final int CELL_WIDTH = 10;

	private static final int CELL_HEIGHT = 13;

	private final String[] pictures = new String[PEOPLE + 1];

	IconArrays() {
		for (int count = 0; count <= PEOPLE; count++) {
			pictures[count] = draw(count);
		}
	}

	/**
	 * The picture of {@code count} out of 100.
	 * @throws IllegalArgumentException when the count is not between 0 and 100
	 */
	public String svg(int count) {
		if (count < 0 || count > PEOPLE) {
			throw new IllegalArgumentException("A picture shows 0 to " + PEOPLE + " people, not " + count);
		}
		return pictures[count];
	}

	private static String draw(int count) {
		StringBuilder filled = new StringBuilder(count * 48);
		StringBuilder rest = new StringBuilder((PEOPLE - count) * 48);
		for (int i = 0; i < PEOPLE; i++) {
			figure(i < count ? filled : rest, (i % PER_ROW) * CELL_WIDTH, (i / PER_ROW) * CELL_HEIGHT);
		}
		StringBuilder svg = new StringBuilder(PEOPLE * 56).append("<svg class=\"icon-array\" viewBox=\"0 0 ")
			.append(PER_ROW * CELL_WIDTH)
			.append(' ')
			.append(PEOPLE / PER_ROW * CELL_HEIGHT)
			.append("\" aria-hidden=\"true\" focusable=\"false\">");
		if (count > 0) {
			svg.append("<path class=\"icon-array__count\" d=\"").append(filled).append("\"/>");
		}
		if (count < PEOPLE) {
			svg.append("<path class=\"icon-array__rest\" d=\"").append(rest).append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

	/** One figure in its cell at (x, y): a round head and a body. */
	private static void figure(StringBuilder path, int x, int y) {
		path.append(String.format(Locale.ROOT, "M%d.5 %d.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M%d.5 %dh5v6.5h-5z", x + 2, y + 2,
				x + 2, y + 5));
	}

}
