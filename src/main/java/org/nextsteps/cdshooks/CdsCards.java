package org.nextsteps.cdshooks;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.nextsteps.cdshooks.CdsHooksJson.Card;
import org.nextsteps.cdshooks.CdsHooksJson.Link;
import org.nextsteps.cdshooks.CdsHooksJson.Source;
import org.nextsteps.patient.AssessmentApi.AssessmentJson;
import org.nextsteps.patient.AssessmentApi.OptionJson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A patient's result as a CDS Hooks card: how urgent (the indicator follows the
 * disposition, never softer), the top next steps with their evidence and cautions, and a
 * link to the clinician's summary of the same result.
 */
@Component
class CdsCards {

	/** The specification's limit: a summary is shorter than this. */
	static final int SUMMARY_LIMIT = 140;

	/** How many of the ranked next steps the card's detail lists. */
	static final int TOP = 3;

	private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

	private final MessageSource messages;

	CdsCards(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The indicator of a disposition: critical for an emergency, warning for a same-day
	 * or within-days sign, info otherwise.
	 */
	static String indicator(String disposition) {
		return switch (disposition) {
			case "emergency" -> "critical";
			case "urgent", "soon" -> "warning";
			default -> "info";
		};
	}

	/**
	 * @param baseUrl the site's address, for the links
	 */
	Card card(AssessmentJson result, String baseUrl) {
		String disposition = result.disposition();
		List<OptionJson> top = result.options().stream().limit(TOP).toList();
		return new Card(UUID.randomUUID().toString(), summary(disposition, top), detail(result, top),
				indicator(disposition), new Source(text("cds.source.label"), baseUrl + "/for-clinicians"),
				List.of(new Link(text("cds.link.clinician"), result.shareUrl() + "/clinician", "absolute")));
	}

	/**
	 * The disposition in a sentence; a routine one names the first next step, its title
	 * cut to keep the summary short.
	 */
	private String summary(String disposition, List<OptionJson> top) {
		String sentence = text("cds.summary." + disposition);
		return "routine".equals(disposition) && !top.isEmpty() ? fit(sentence + " ", top.get(0).title()) : sentence;
	}

	/** The start with the title after it, the title cut to keep it under the limit. */
	static String fit(String start, String title) {
		int room = SUMMARY_LIMIT - 1 - start.length();
		if (title.length() <= room) {
			return start + title;
		}
		return start + title.substring(0, Math.max(0, room - 1)).stripTrailing() + "…";
	}

	private String detail(AssessmentJson result, List<OptionJson> top) {
		StringBuilder md = new StringBuilder();
		md.append(text("cds.detail.disposition", text("fhir.disposition." + result.disposition()))).append("\n\n");
		if (!top.isEmpty()) {
			md.append(text("cds.detail.top", top.size(), result.options().size())).append("\n\n");
			for (OptionJson option : top) {
				md.append(option.rank())
					.append(". ")
					.append(text("cds.detail.option", escape(option.title()), text("evidence." + option.evidence())));
				if (!option.cautions().isEmpty()) {
					md.append(' ').append(text("cds.detail.caution", escape(option.cautions().get(0))));
				}
				md.append('\n');
			}
			md.append('\n');
		}
		md.append(text("cds.detail.more"));
		return md.toString();
	}

	static String escape(String text) {
		return MARKDOWN.matcher(text.replace('\n', ' ')).replaceAll("\\\\$1");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
