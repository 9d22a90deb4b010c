package org.nextsteps.editor;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A thing that is gone is a 404, never a 500 (malformed form fields are a 400 for every
 * page: the system module's {@code BadRequestAdvice}). The error pages of the system
 * module render them.
 */
@ControllerAdvice(basePackageClasses = EditorExceptionHandler.class)
class EditorExceptionHandler {

	/** Deleted between the page and the post. */
	@ExceptionHandler(NoSuchElementException.class)
	void gone(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
