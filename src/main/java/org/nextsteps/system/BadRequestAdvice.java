package org.nextsteps.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Malformed requests that only show up when a controller reads its parameters (an empty
 * parameter name, a broken encoding, a field path no form has, such as {@code version[0]}
 * or more rows than a form allows) are the sender's error: a 400 page or problem detail,
 * not a logged server failure.
 */
@ControllerAdvice
class BadRequestAdvice {

	@ExceptionHandler({ InvalidParameterException.class, InvalidPropertyException.class })
	void malformedParameters(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
