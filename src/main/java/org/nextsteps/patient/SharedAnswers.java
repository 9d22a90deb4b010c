package org.nextsteps.patient;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * The answers a patient's share link holds, for staff (issue 16: the editor's preview
 * loads a patient's share code): the code alone or the whole link; empty when it is
 * damaged, tampered with or forged. Nothing is stored.
 */
@Service
public class SharedAnswers {

	/** A share code, alone or at the end of a link's {@code /r/} path. */
	private static final Pattern CODE = Pattern.compile("(?:^|/r/)([A-Za-z0-9_-]{8,4000})/?(?:[?#].*)?$");

	private final SharedResults results;

	SharedAnswers(SharedResults results) {
		this.results = results;
	}

	/**
	 * The answers, as the questionnaire's raw form, and the release they were made on.
	 */
	public record Shared(long releaseId, Map<String, Object> answers) {
	}

	public Optional<Shared> of(String codeOrLink) {
		Matcher m = CODE.matcher(codeOrLink.strip());
		if (!m.find()) {
			return Optional.empty();
		}
		return results.fromCode(m.group(1)).map(r -> new Shared(r.releaseId(), r.answers().toRaw()));
	}

}
