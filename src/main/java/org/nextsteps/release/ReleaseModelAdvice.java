package org.nextsteps.release;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's footer names the content release it shows and when that content was last
 * reviewed: the release the whole request sees ({@link Releases#current()} is read once
 * per request), never a newer one than its content. This application's controllers only
 * (a package name is the cheapest test): the actuator's endpoints have no model.
 */
@ControllerAdvice(basePackages = "org.nextsteps")
class ReleaseModelAdvice {

	private final Releases releases;

	ReleaseModelAdvice(Releases releases) {
		this.releases = releases;
	}

	@ModelAttribute("contentRelease")
	PublishedRelease contentRelease() {
		return releases.current();
	}

}
