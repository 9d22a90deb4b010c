package org.nextsteps.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request is its language, as {@link LanguageFilter} found it in the URL
 * (pages) or in {@code Accept-Language} (the APIs); never a cookie or a session.
 */
@Component("localeResolver")
class LanguageLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Language.of(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

}
