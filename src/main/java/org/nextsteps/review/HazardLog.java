package org.nextsteps.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The hazards of {@code docs/clinical-safety/hazard-log.md} (packaged with the app, so
 * the log stays the one source): read once, from its summary table.
 */
@Component
public class HazardLog {

	static final String RESOURCE = "clinical-safety/hazard-log.md";

	/** A row of the summary table: {@code | H04 | title | 4 | 2 | controlled |}. */
	private static final Pattern ROW = Pattern.compile("^\\| (H\\d{2,3}) \\| ([^|]+?) \\|", Pattern.MULTILINE);

	private final List<Hazard> hazards;

	HazardLog() {
		this(read());
	}

	HazardLog(String markdown) {
		List<Hazard> found = new ArrayList<>();
		Matcher row = ROW.matcher(markdown);
		while (row.find()) {
			found.add(new Hazard(row.group(1), row.group(2).strip()));
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("No hazards in " + RESOURCE);
		}
		this.hazards = List.copyOf(found);
	}

	private static String read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The hazard log is packaged as " + RESOURCE, ex);
		}
	}

	/** Every hazard, in id order. */
	public List<Hazard> hazards() {
		return hazards;
	}

	public Optional<Hazard> find(String id) {
		return hazards.stream().filter(h -> h.id().equals(id)).findFirst();
	}

}
