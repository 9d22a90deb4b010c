package org.nextsteps.audit;

/**
 * One field of one change: its name (a message key suffix for the page) and the text
 * before and after; null when absent.
 */
public record FieldChange(String field, String before, String after) {
}
