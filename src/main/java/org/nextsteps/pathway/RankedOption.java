package org.nextsteps.pathway;

import java.util.List;

import org.nextsteps.content.Stage;

/** A suitable next step in ranked order: rank 1..n, the score that placed it, and at least one reason. */
public record RankedOption(String slug, Stage stage, int rank, int score, List<String> reasons) {

	public RankedOption {
		reasons = List.copyOf(reasons);
	}

}
