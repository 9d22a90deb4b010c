package org.nextsteps.system;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Boot's error controller: API paths get an RFC 9457 problem detail, every other
 * path a page in the site's layout. Neither ever shows an exception message or a stack
 * trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

	static final String NOT_FOUND_VIEW = "error/404";

	static final String BAD_REQUEST_VIEW = "error/400";

	static final String SERVER_ERROR_VIEW = "error/500";

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith("/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatus(status));
		}
		return new ModelAndView(viewFor(status), Map.of("status", status.value()), status);
	}

	static String viewFor(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return NOT_FOUND_VIEW;
		}
		return status.is4xxClientError() ? BAD_REQUEST_VIEW : SERVER_ERROR_VIEW;
	}

	/**
	 * The status of the error being shown; a request for {@code /error} itself (no error
	 * behind it) is a page that does not exist, never a 500.
	 */
	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		if (code instanceof Integer value) {
			HttpStatus resolved = HttpStatus.resolve(value);
			if (resolved != null && resolved.isError()) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
