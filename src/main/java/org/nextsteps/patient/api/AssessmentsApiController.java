package org.nextsteps.patient.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.nextsteps.patient.AssessmentApi;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/assessments} and {@code GET /api/v1/questionnaire}, as in
 * contract/api.md.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = { "application/json", "application/problem+json" })
class AssessmentsApiController {

	/** Bodies larger than this are refused with 413 before they are parsed. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private final AssessmentApi api;

	private final MessageSource messages;

	private final JsonMapper json;

	AssessmentsApiController(AssessmentApi api, MessageSource messages, JsonMapper json) {
		this.api = api;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping(path = "/assessments", consumes = "application/json")
	ResponseEntity<?> assess(HttpServletRequest request) throws IOException {
		byte[] body = readLimited(request.getInputStream());
		if (body == null) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "api.error.too-large");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			return problem(HttpStatus.BAD_REQUEST, "api.error.malformed");
		}
		if (root == null || !root.isObject() || !root.path("answers").isObject()) {
			return problem(HttpStatus.BAD_REQUEST, "api.error.no-answers");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> raw = json.treeToValue(root.get("answers"), Map.class);
		ValidationResult validation = api.validate(raw);
		if (!validation.isValid()) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setTitle(text("api.error.invalid.title"));
			problem.setDetail(text("api.error.invalid.detail"));
			List<Map<String, String>> errors = new ArrayList<>();
			for (AnswerError error : validation.errors()) {
				errors.add(Map.of("linkId", error.linkId(), "message",
						messages.getMessage(error, LocaleContextHolder.getLocale())));
			}
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok(api.assess(validation.answers(), base));
	}

	@GetMapping("/questionnaire")
	Object questionnaire() {
		return api.questionnaire();
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** In the language of the request ({@code Accept-Language}, issue 14). */
	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
	private static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		return bytes.length > MAX_BODY_BYTES ? null : bytes;
	}

}
