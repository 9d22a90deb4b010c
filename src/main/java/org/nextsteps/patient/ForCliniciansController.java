package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.EnableWhen;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.assessment.Assessments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page for clinicians (issue 15): what the guide is, how a pre-filled link works, a
 * form that builds one (with a QR code to print), and every parameter and code, from the
 * questionnaire definition the wizard uses. A GET form: nothing is stored, no cookie.
 */
@Controller
class ForCliniciansController {

	static final String VIEW = "patient/for-clinicians";

	/** The builder's own marker parameter: the form was sent. */
	static final String BUILD = "build";

	private final ClinicLinks links;

	private final Questionnaire questionnaire;

	private final MessageSource messages;

	ForCliniciansController(ClinicLinks links, Assessments assessments, MessageSource messages) {
		this.links = links;
		this.questionnaire = assessments.questionnaire();
		this.messages = messages;
	}

	/** One parameter of the reference: an item, its codes and when it applies. */
	record Parameter(Item item, String label, String type, List<Code> codes, @Nullable String when,
			boolean patientOnly) {
	}

	/** A code and its clinical label. */
	record Code(String code, String label) {
	}

	/**
	 * A link built: its address, its QR code, the answers it fills in (to show the form
	 * again) and the parameters left out, by label.
	 */
	record Built(String link, String qr, Answers answers, List<String> ignored) {

		public boolean chosen(String linkId, String code) {
			return answers.codes(linkId).contains(code);
		}

		public @Nullable Integer number(String linkId) {
			return answers.integer(linkId).isPresent() ? answers.integer(linkId).getAsInt() : null;
		}

	}

	@GetMapping("/for-clinicians")
	String page(@RequestParam MultiValueMap<String, String> params, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Parameter> parameters = new ArrayList<>();
		for (Item item : questionnaire.items()) {
			parameters.add(parameter(item, locale));
		}
		model.addAttribute("parameters", parameters);
		if (params.containsKey(BUILD)) {
			model.addAttribute("built", build(params, locale));
		}
		return VIEW;
	}

	/**
	 * The link of the answers the form chose. A question left blank is left for the
	 * patient; what the guide cannot use is named, as a patient opening the link would be
	 * told.
	 */
	private Built build(MultiValueMap<String, String> params, Locale locale) {
		MultiValueMap<String, String> given = new LinkedMultiValueMap<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			List<String> values = param.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
			if (!param.getKey().equals(BUILD) && !values.isEmpty()) {
				given.put(param.getKey(), values);
			}
		}
		ClinicLinks.Prefill prefill = links.read(given);
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/start")
			.queryParams(links.query(prefill.answers()))
			.build()
			.encode()
			.toUriString();
		List<String> ignored = prefill.ignored()
			.stream()
			.map(name -> questionnaire.item(name)
				.map(item -> label(item, locale) + " (" + name + ")")
				.orElse(messages.getMessage("forclinicians.built.unknown", new Object[] { name }, locale)))
			.toList();
		return new Built(link, QrCode.svg(link, messages.getMessage("forclinicians.built.qr", null, locale)),
				prefill.answers(), ignored);
	}

	private Parameter parameter(Item item, Locale locale) {
		List<Code> codes = item.codes()
			.stream()
			.map(code -> new Code(code,
					messages.getMessage(ClinicianSummary.CODE_KEY + item.linkId() + "." + code, null, locale)))
			.toList();
		String type = item.type() == ItemType.INTEGER
				? messages.getMessage("forclinicians.type.integer", new Object[] { item.min(), item.max() }, locale)
				: messages.getMessage("forclinicians.type." + item.type().name().toLowerCase(Locale.ROOT), null,
						locale);
		EnableWhen when = item.enableWhen();
		String condition = when == null ? null : messages.getMessage("forclinicians.when." + when.operator().code(),
				new Object[] { when.question(), String.join(", ", when.codes()) }, locale);
		return new Parameter(item, label(item, locale), type, codes, condition,
				ClinicLinks.PATIENT_ONLY.contains(item.linkId()));
	}

	private String label(Item item, Locale locale) {
		return messages.getMessage(ClinicianSummary.ITEM_KEY + item.linkId(), null, locale);
	}

}
