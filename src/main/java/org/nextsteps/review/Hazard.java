package org.nextsteps.review;

/** One hazard of the hazard log: its id ({@code H04}) and its title. */
public record Hazard(String id, String title) {
}
