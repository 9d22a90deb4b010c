package org.nextsteps.pathway;

import java.util.List;

import org.nextsteps.content.Stage;

/**
 * A suitable next step in ranked order: rank 1..n, the score that placed it, at least one
 * reason, and the cautions (guideline positions against it that apply to these answers).
 */
public record RankedOption(String slug, Stage stage, int rank, int score, List<String> reasons, List<String> cautions) {

	public RankedOption {
		reasons = List.copyOf(reasons);
		cautions = List.copyOf(cautions);
	}

}
