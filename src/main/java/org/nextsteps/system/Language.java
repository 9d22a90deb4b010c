package org.nextsteps.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The guide's languages (issue 14). English is the default and has no prefix; Spanish
 * pages live under {@code /es/}. The language is in the URL, never in a cookie: a link
 * opens in the language it was made in.
 */
public enum Language {

	ENGLISH(Locale.ENGLISH, ""), SPANISH(Locale.forLanguageTag("es"), "/es");

	/**
	 * The request attribute that holds the language of a request (a template reads it as
	 * {@code ${pageLanguage}}).
	 */
	public static final String ATTRIBUTE = "pageLanguage";

	/**
	 * The request attribute that holds the page's address in each language, a
	 * {@code Map<Language, String>} ({@code ${languageAlternates}} in a template).
	 */
	public static final String ALTERNATES = "languageAlternates";

	private final Locale locale;

	private final String prefix;

	Language(Locale locale, String prefix) {
		this.locale = locale;
		this.prefix = prefix;
	}

	public Locale locale() {
		return locale;
	}

	/** The path prefix: empty for English, {@code /es} for Spanish. */
	public String prefix() {
		return prefix;
	}

	/** The language's code, as in {@code <html lang>} and {@code hreflang}. */
	public String code() {
		return locale.getLanguage();
	}

	/** The other language, which a page's language link leads to. */
	public Language other() {
		return this == ENGLISH ? SPANISH : ENGLISH;
	}

	/** The language of a locale; English for any other. */
	public static Language of(@Nullable Locale locale) {
		return locale != null && SPANISH.code().equals(locale.getLanguage()) ? SPANISH : ENGLISH;
	}

	/** The language of a request, as {@link LanguageFilter} found it. */
	public static Language of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Language language ? language : ENGLISH;
	}

	/** The language of the request being served (English off a request). */
	public static Language current() {
		return of(LocaleContextHolder.getLocale());
	}

	/** The locales the guide speaks, English first. */
	public static List<Locale> locales() {
		return List.of(ENGLISH.locale, SPANISH.locale);
	}

}
