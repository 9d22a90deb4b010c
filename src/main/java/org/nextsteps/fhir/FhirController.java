package org.nextsteps.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The FHIR R4 endpoints (docs/interoperability.md). Every answer is
 * {@code application/fhir+json}; every error an {@code OperationOutcome}, never a 5xx.
 */
@RestController
class FhirController {

	/**
	 * Bodies larger than this are refused with 413 before they are parsed, as in the JSON
	 * API.
	 */
	static final int MAX_BODY_BYTES = 64 * 1024;

	static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	private final FhirResponses fhir;

	FhirController(FhirResponses fhir) {
		this.fhir = fhir;
	}

	@GetMapping("/fhir/Questionnaire/next-steps")
	ResponseEntity<String> questionnaire() {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(fhir.questionnaire());
	}

	@GetMapping("/r/{code}/fhir")
	ResponseEntity<String> sharedResponse(@PathVariable String code) {
		return fhir.sharedResponse(code)
			.map(json -> ResponseEntity.ok().contentType(FHIR_JSON).body(json))
			.orElseGet(() -> reply(404, fhir.outcome("not-found", "fhir.error.unknown-link")));
	}

	@PostMapping("/fhir/QuestionnaireResponse/$assess")
	ResponseEntity<String> assess(HttpServletRequest request) throws IOException {
		if (!isJson(request.getContentType())) {
			return reply(415, fhir.outcome("not-supported", "fhir.error.content-type"));
		}
		byte[] body = readLimited(request.getInputStream());
		if (body == null) {
			return reply(413, fhir.outcome("too-costly", "fhir.error.too-large"));
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		FhirResponses.Reply reply = fhir.assess(new String(body, StandardCharsets.UTF_8), base);
		return reply(reply.status(), reply.body());
	}

	/** FHIR's JSON type or plain JSON, whatever their parameters. */
	static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON) || type.equalsTypeAndSubtype(FHIR_JSON);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ResponseEntity<String> reply(int status, String body) {
		return ResponseEntity.status(status).contentType(FHIR_JSON).body(body);
	}

	/** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
	private static byte @Nullable [] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		return bytes.length > MAX_BODY_BYTES ? null : bytes;
	}

}
