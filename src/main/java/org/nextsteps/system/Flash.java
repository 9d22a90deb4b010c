package org.nextsteps.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message a staff page shows after a post/redirect/get: a message key with
 * its arguments, rendered by the staff layout ({@code system/staff-layout}).
 */
public final class Flash {

	private Flash() {
	}

	public static void add(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

}
