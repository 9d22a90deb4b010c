package org.nextsteps.cdshooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.nextsteps.cdshooks.CdsHooksJson.Cards;
import org.nextsteps.cdshooks.CdsHooksJson.Discovery;
import org.nextsteps.cdshooks.CdsHooksJson.Service;
import org.nextsteps.fhir.FhirCanonicals;
import org.nextsteps.fhir.FhirProblem;
import org.nextsteps.fhir.FhirResponses;
import org.nextsteps.fhir.ResponseReading;
import org.nextsteps.patient.AssessmentApi;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CDS Hooks 2.0: discovery, and the {@code patient-view} service. A call with the
 * patient's latest response in prefetch gets one card; one without gets none; a bad call
 * gets a 400 problem detail that says why.
 */
@RestController
@RequestMapping(path = "/cds-services", produces = { "application/json", "application/problem+json" })
class CdsHooksController {

	static final String SERVICE_ID = "next-steps";

	static final String HOOK = "patient-view";

	/** The prefetch key of the patient's latest response. */
	static final String PREFETCH_KEY = "latestResponse";

	/**
	 * The newest response to the guide's questionnaire for the patient in context: a
	 * searchset Bundle of at most one.
	 */
	static final String PREFETCH_QUERY = "QuestionnaireResponse?subject=Patient/{{context.patientId}}&questionnaire="
			+ FhirCanonicals.QUESTIONNAIRE + "&_sort=-authored&_count=1";

	/**
	 * Bodies larger than this are refused with 413 before they are parsed, as in the JSON
	 * API.
	 */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private final FhirResponses fhir;

	private final AssessmentApi api;

	private final CdsCards cards;

	private final MessageSource messages;

	private final JsonMapper json;

	CdsHooksController(FhirResponses fhir, AssessmentApi api, CdsCards cards, MessageSource messages, JsonMapper json) {
		this.fhir = fhir;
		this.api = api;
		this.cards = cards;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	Discovery discovery() {
		return new Discovery(List.of(new Service(HOOK, SERVICE_ID, text("cds.service.title"),
				text("cds.service.description"), Map.of(PREFETCH_KEY, PREFETCH_QUERY))));
	}

	@PostMapping("/{id}")
	ResponseEntity<?> call(@PathVariable String id, HttpServletRequest request) throws IOException {
		if (!SERVICE_ID.equals(id)) {
			return problem(HttpStatus.NOT_FOUND, text("cds.error.unknown-service"));
		}
		if (!isJson(request.getContentType())) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("cds.error.content-type"));
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, text("cds.error.too-large"));
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			return problem(HttpStatus.BAD_REQUEST, text("cds.error.malformed"));
		}
		String refused = refusal(root);
		if (refused != null) {
			return problem(HttpStatus.BAD_REQUEST, refused);
		}
		JsonNode prefetch = root.path("prefetch");
		JsonNode latest = prefetch.path(PREFETCH_KEY);
		if (latest.isMissingNode() || latest.isNull()) {
			return ResponseEntity.ok(new Cards(List.of()));
		}
		if (!latest.isObject()) {
			return problem(HttpStatus.BAD_REQUEST, text("cds.error.prefetch"));
		}
		ResponseReading reading = fhir.readLatest(json.writeValueAsString(latest));
		if (reading instanceof ResponseReading.Read read) {
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
			return ResponseEntity.ok(new Cards(List.of(cards.card(api.assess(read.answers(), base), base))));
		}
		if (reading instanceof ResponseReading.Invalid invalid) {
			return invalid(invalid.problems());
		}
		if (reading instanceof ResponseReading.Malformed malformed) {
			return problem(HttpStatus.BAD_REQUEST, malformed.message());
		}
		return ResponseEntity.ok(new Cards(List.of()));
	}

	/**
	 * Why the call is not a patient-view call this service can answer; null when it is.
	 */
	private @Nullable String refusal(@Nullable JsonNode root) {
		if (root == null || !root.isObject()) {
			return text("cds.error.malformed");
		}
		if (!root.path("hook").isString() || root.path("hook").asString().isBlank()) {
			return text("cds.error.field", "hook");
		}
		if (!HOOK.equals(root.path("hook").asString())) {
			return text("cds.error.hook", HOOK);
		}
		if (!root.path("hookInstance").isString() || root.path("hookInstance").asString().isBlank()) {
			return text("cds.error.field", "hookInstance");
		}
		JsonNode context = root.path("context");
		if (!context.isObject()) {
			return text("cds.error.field", "context");
		}
		if (!context.path("patientId").isString() || context.path("patientId").asString().isBlank()) {
			return text("cds.error.field", "context.patientId");
		}
		JsonNode prefetch = root.path("prefetch");
		if (!prefetch.isMissingNode() && !prefetch.isNull() && !prefetch.isObject()) {
			return text("cds.error.prefetch");
		}
		return null;
	}

	private ResponseEntity<ProblemDetail> invalid(List<FhirProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("cds.error.invalid"));
		List<Map<String, String>> errors = new ArrayList<>();
		for (FhirProblem p : problems) {
			errors.add(p.linkId() == null ? Map.of("expression", p.expression(), "message", p.message())
					: Map.of("linkId", p.linkId(), "expression", p.expression(), "message", p.message()));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
