package org.nextsteps.editor;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Bad input to editor forms is the sender's mistake (400), and a thing that is gone is a 404: never a 500. The
 * error pages of the system module render them.
 */
@ControllerAdvice(basePackageClasses = EditorExceptionHandler.class)
class EditorExceptionHandler {

	/** More rows than a form allows, or a malformed field path. */
	@ExceptionHandler(InvalidPropertyException.class)
	void badForm(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** Deleted between the page and the post. */
	@ExceptionHandler(NoSuchElementException.class)
	void gone(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
