package org.nextsteps.cdshooks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The JSON of CDS Hooks 2.0. Optional fields are left out when empty, never sent as null
 * (the specification's rule).
 */
final class CdsHooksJson {

	private CdsHooksJson() {
	}

	/** {@code GET /cds-services}. */
	record Discovery(List<Service> services) {
	}

	/**
	 * One service; {@code prefetch} maps a key to a FHIR query the client runs before
	 * calling.
	 */
	@JsonInclude(Include.NON_EMPTY)
	record Service(String hook, String id, String title, String description, Map<String, String> prefetch) {
	}

	/**
	 * The answer to a hook call: always has {@code cards}, empty when there is nothing to
	 * say.
	 */
	record Cards(List<Card> cards) {
	}

	/**
	 * One card: {@code summary} under 140 characters, {@code indicator} info, warning or
	 * critical, {@code detail} in Markdown.
	 */
	@JsonInclude(Include.NON_EMPTY)
	record Card(String uuid, String summary, String detail, String indicator, Source source, List<Link> links) {
	}

	@JsonInclude(Include.NON_EMPTY)
	record Source(String label, String url) {
	}

	/**
	 * A link; {@code type} is {@code absolute} (a plain URL) or {@code smart} (a SMART
	 * app launch).
	 */
	@JsonInclude(Include.NON_EMPTY)
	record Link(String label, String url, String type) {
	}

}
