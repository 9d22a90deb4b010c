package org.nextsteps.review;

/**
 * A reviewer's comment on one changed field ({@code option:physical-therapy:summary}), or
 * on the whole change when {@code field} is empty.
 */
public record ReviewComment(String field, String text) {

	public static final String WHOLE = "";

}
