package org.nextsteps.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * INFLESZ readability of Spanish patient text (issue 14): the Szigriszt-Pazos index
 * {@code P = 206.835 - 62.3 x syllables/words - words/sentences}, read on the scale of
 * Barrio-Cantalejo et al. (2008), and the Fernández-Huerta index beside it. Text is read
 * into sentences and words as {@link Readability} reads English (Markdown and HTML
 * removed, every line and every {@code .}, {@code !} or {@code ?} ends a sentence), with
 * words of any letters ({@code ñ}, accents) and Spanish syllables.
 *
 * <p>
 * Syllables follow the orthographic syllabification of the RAE (Ortografía 2010, the
 * rules that decide the written accent), counted as vowel nuclei:
 * <ul>
 * <li>a, e, o and the accented vowels (á é ó í ú) are each a nucleus: two of them side by
 * side are a hiatus ({@code po-e-ta}, {@code a-é-re-o}, {@code dí-a}, {@code re-ú-ne});
 * <li>i, u and ü (unaccented) join a neighbouring nucleus, up to one on each side
 * (diphthongs {@code cie-lo}, {@code cuen-ta}; triphthongs {@code buey},
 * {@code a-ve-ri-güéis}); two of them together are one nucleus ({@code ciu-dad},
 * {@code cui-da-do}, {@code cons-truí}), unless the same letter twice ({@code chi-i-ta});
 * <li>the u of que, qui, gue, gui is silent ({@code gue-rra}); that of güe, güi is not
 * ({@code pin-güi-no});
 * <li>y is a vowel only alone ({@code y}) or at the end of a word after a vowel
 * ({@code muy}, {@code hoy}, {@code ley}); elsewhere a consonant ({@code ma-yo});
 * <li>h between vowels is silent and does not part them, as the RAE rules: the vowels
 * meet as if it were not there, so {@code a-ho-ra} (two strong vowels) and
 * {@code re-hú-so} (accented ú) are hiatus, and {@code prohi-bir}, {@code ahu-mar},
 * {@code rehu-sar} are diphthongs (2 syllables, the reason {@code prohíbe} needs its
 * accent);
 * <li>a word without a vowel is one syllable ({@code mcg}; {@code syllables("mg")} too,
 * though in a text {@code mg} is read as "miligramos", below).
 * </ul>
 * A number written in digits is one word of the syllables it has read aloud: {@code 2024}
 * is "dos mil veinticuatro" (6), {@code 1.500} "mil quinientos" (4), {@code 2,5} "dos
 * coma cinco" (5); numbers of more than 12 digits are read digit by digit. A code that
 * starts with letters and holds digits ({@code NG59}, {@code TA159}) is a name, one word
 * counted by its vowels as any word, not a number read aloud. A few common abbreviations
 * are read as what they stand for, and their full stop does not end the sentence: Dr.,
 * Dra., Sr., Sra., Srta., Ud., Uds., aprox., núm., pág., tel., p. ej.; and the units mg,
 * ml, kg, cm, mm.
 */
public final class SpanishReadability {

	/**
	 * The plain-language limit for Spanish patient text: INFLESZ 65 ("bastante fácil").
	 */
	public static final double MIN_INFLESZ = 65.0;

	/** Below this many words a score says little; the same limit as for English. */
	public static final int MIN_WORDS = Readability.MIN_WORDS;

	/**
	 * The INFLESZ scale of Barrio-Cantalejo et al. (2008): under 40 very hard, 40 to 55
	 * somewhat hard, 55 to 65 normal, 65 to 80 fairly easy, over 80 very easy. A score on
	 * a boundary belongs to the band it starts, except 80, which is the top of
	 * {@link #FAIRLY_EASY}.
	 */
	public enum Band {

		VERY_HARD("muy difícil"), SOMEWHAT_HARD("algo difícil"), NORMAL("normal"), FAIRLY_EASY("bastante fácil"),
		VERY_EASY("muy fácil");

		private final String label;

		Band(String label) {
			this.label = label;
		}

		/** The band's name on the Spanish scale, as shown to translators. */
		public String label() {
			return this.label;
		}

	}

	private static final Pattern WORD = Pattern.compile("\\p{L}+[0-9][\\p{L}0-9]*|[0-9]+(?:[.,][0-9]+)*|\\p{L}+");

	private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");

	private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+");

	private static final Pattern NUMBER_PART = Pattern.compile("([.,]?)([0-9]+)");

	private static final Pattern SPACE = Pattern.compile(" ");

	private static final Pattern ABBREVIATION = Pattern.compile(
			"(?iu)(?<!\\p{L})(?:(dra?|sra?|srta|uds?|aprox|núm|pág|tel|p\\.\\s?ej)\\.|(mg|ml|kg|cm|mm)(?!\\p{L}))");

	private static final Map<String, String> READINGS = Map.ofEntries(Map.entry("dr", "doctor"),
			Map.entry("dra", "doctora"), Map.entry("sr", "señor"), Map.entry("sra", "señora"),
			Map.entry("srta", "señorita"), Map.entry("ud", "usted"), Map.entry("uds", "ustedes"),
			Map.entry("aprox", "aproximadamente"), Map.entry("núm", "número"), Map.entry("pág", "página"),
			Map.entry("tel", "teléfono"), Map.entry("pej", "por ejemplo"), Map.entry("mg", "miligramos"),
			Map.entry("ml", "mililitros"), Map.entry("kg", "kilos"), Map.entry("cm", "centímetros"),
			Map.entry("mm", "milímetros"));

	private static final Pattern SILENT_U = Pattern.compile("(?<=[qg])u(?=[eiéí])");

	private static final Pattern FINAL_Y = Pattern.compile("(?<=[aeiouáéíóúü])y$");

	private static final String VOWELS = "aeiouáéíóúü";

	private static final Pattern SILENT_H = Pattern.compile("(?<=[" + VOWELS + "])h(?=[" + VOWELS + "])");

	/** Vowels that are a nucleus of their own: a, e, o and every accented vowel. */
	private static final String NUCLEI = "aeoáéóíú";

	private static final String[] UNDER_THIRTY = { "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
			"ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
			"dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
			"veintiséis", "veintisiete", "veintiocho", "veintinueve" };

	private static final String[] TENS = { "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
			"ochenta", "noventa" };

	private static final String[] HUNDREDS = { "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
			"seiscientos", "setecientos", "ochocientos", "novecientos" };

	private SpanishReadability() {
	}

	/** The number of words in the text, counted as {@link #inflesz} counts them. */
	public static int words(@Nullable String text) {
		return count(text).words();
	}

	/**
	 * The number of sentences with at least one word, counted as {@link #inflesz} does.
	 */
	public static int sentences(@Nullable String text) {
		return count(text).sentences();
	}

	/**
	 * The INFLESZ (Szigriszt-Pazos) score: 206.835 - 62.3 x syllables per word - words
	 * per sentence; higher is easier. 0 for text without words (callers leave texts under
	 * {@link #MIN_WORDS} alone, as they do with the English grade).
	 */
	public static double inflesz(@Nullable String text) {
		Counts counts = count(text);
		if (counts.words() == 0) {
			return 0;
		}
		return 206.835 - 62.3 * counts.syllables() / counts.words() - (double) counts.words() / counts.sentences();
	}

	/**
	 * The Fernández-Huerta score, in its usual corrected form: 206.84 - 60 x syllables
	 * per word - 1.02 x words per sentence; higher is easier, on a scale close to
	 * INFLESZ. 0 for text without words.
	 */
	public static double fernandezHuerta(@Nullable String text) {
		Counts counts = count(text);
		if (counts.words() == 0) {
			return 0;
		}
		return 206.84 - 60.0 * counts.syllables() / counts.words() - 1.02 * counts.words() / counts.sentences();
	}

	/** The band of an INFLESZ score on the Barrio-Cantalejo scale. */
	public static Band band(double inflesz) {
		if (inflesz < 40) {
			return Band.VERY_HARD;
		}
		if (inflesz < 55) {
			return Band.SOMEWHAT_HARD;
		}
		if (inflesz < 65) {
			return Band.NORMAL;
		}
		if (inflesz <= 80) {
			return Band.FAIRLY_EASY;
		}
		return Band.VERY_EASY;
	}

	/**
	 * The syllables of one Spanish word (see the class comment for the rules), or of a
	 * number written in digits read aloud; at least 1.
	 */
	public static int syllables(String word) {
		String w = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		if (NUMBER.matcher(w).matches()) {
			int count = 0;
			for (String spoken : SPACE.split(readAloud(w))) {
				count += syllables(spoken);
			}
			return count;
		}
		if (w.equals("y")) {
			return 1;
		}
		w = SILENT_U.matcher(w).replaceAll("");
		w = FINAL_Y.matcher(w).replaceFirst("i");
		w = SILENT_H.matcher(w).replaceAll("");
		int count = 0;
		StringBuilder run = new StringBuilder();
		for (char c : w.toCharArray()) {
			boolean sameWeak = !run.isEmpty() && run.charAt(run.length() - 1) == c && NUCLEI.indexOf(c) < 0;
			if (VOWELS.indexOf(c) < 0 || sameWeak) {
				count += nuclei(run);
				run.setLength(0);
			}
			if (VOWELS.indexOf(c) >= 0) {
				run.append(c);
			}
		}
		return Math.max(1, count + nuclei(run));
	}

	/**
	 * The nuclei of a run of vowels: one for each of a, e, o or an accented vowel; the
	 * weak vowels (i, u, ü) glide onto a nucleus beside them, one on each side, so a run
	 * of weak vowels adds a nucleus of its own only for what is left: at the edge of the
	 * run every second one (e-ui), between two nuclei every second one past the first
	 * (a-ue: none), and alone every two started (ui).
	 */
	private static int nuclei(CharSequence run) {
		int count = 0;
		int weak = 0;
		boolean nucleusBefore = false;
		for (int i = 0; i < run.length(); i++) {
			if (NUCLEI.indexOf(run.charAt(i)) >= 0) {
				count += 1 + (nucleusBefore ? Math.max(0, weak - 1) / 2 : weak / 2);
				weak = 0;
				nucleusBefore = true;
			}
			else {
				weak++;
			}
		}
		return count + (nucleusBefore ? weak / 2 : (weak + 1) / 2);
	}

	/**
	 * A number in digits as it is read aloud: {@code 1.500} (a thousands point) as one
	 * number, {@code 2,5} as "dos coma cinco", {@code 0,05} as "cero coma cero cinco".
	 */
	private static String readAloud(String number) {
		if (THOUSANDS.matcher(number).matches()) {
			return cardinal(number.replace(".", ""));
		}
		List<String> spoken = new ArrayList<>();
		Matcher part = NUMBER_PART.matcher(number);
		while (part.find()) {
			String digits = part.group(2);
			if (!part.group(1).isEmpty()) {
				spoken.add(part.group(1).equals(",") ? "coma" : "punto");
				while (digits.length() > 1 && digits.startsWith("0")) {
					spoken.add("cero");
					digits = digits.substring(1);
				}
			}
			spoken.add(cardinal(digits));
		}
		return String.join(" ", spoken);
	}

	/** Digits as a Spanish cardinal number; more than 12 digits, digit by digit. */
	private static String cardinal(String digits) {
		if (digits.length() > 12) {
			List<String> spoken = new ArrayList<>();
			for (char digit : digits.toCharArray()) {
				spoken.add(UNDER_THIRTY[digit - '0']);
			}
			return String.join(" ", spoken);
		}
		long n = Long.parseLong(digits);
		return (n == 0) ? "cero" : cardinal(n, false);
	}

	/**
	 * A positive number under a billion (10^12) in words; with apocope, a final "uno"
	 * becomes "un" (veintiún mil, un millón).
	 */
	private static String cardinal(long n, boolean apocope) {
		List<String> spoken = new ArrayList<>();
		long millions = n / 1_000_000;
		int thousands = (int) (n / 1000 % 1000);
		int units = (int) (n % 1000);
		if (millions == 1) {
			spoken.add("un millón");
		}
		else if (millions > 1) {
			spoken.add(cardinal(millions, true) + " millones");
		}
		if (thousands == 1) {
			spoken.add("mil");
		}
		else if (thousands > 1) {
			spoken.add(underThousand(thousands, true) + " mil");
		}
		if (units > 0) {
			spoken.add(underThousand(units, apocope));
		}
		return String.join(" ", spoken);
	}

	private static String underThousand(int n, boolean apocope) {
		if (n == 100) {
			return "cien";
		}
		int rest = n % 100;
		String tens = (rest < 30) ? UNDER_THIRTY[rest]
				: TENS[rest / 10] + ((rest % 10 == 0) ? "" : " y " + UNDER_THIRTY[rest % 10]);
		if (apocope && tens.endsWith("uno")) {
			tens = tens.substring(0, tens.length() - 3) + (tens.equals("veintiuno") ? "ún" : "un");
		}
		if (n < 100) {
			return tens;
		}
		return (rest == 0) ? HUNDREDS[n / 100] : HUNDREDS[n / 100] + " " + tens;
	}

	private record Counts(int sentences, int words, int syllables) {
	}

	private static Counts count(@Nullable String text) {
		if (text == null) {
			return new Counts(0, 0, 0);
		}
		String read = ABBREVIATION.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
			.replaceAll((found) -> READINGS.get(abbreviation(found.group())));
		List<List<String>> sentences = Readability.wordsBySentence(read, WORD);
		int words = 0;
		int syllables = 0;
		for (List<String> sentence : sentences) {
			for (String word : sentence) {
				words++;
				syllables += syllables(word);
			}
		}
		return new Counts(sentences.size(), words, syllables);
	}

	/**
	 * An abbreviation as a key of {@link #READINGS}: lower case, without stops or spaces.
	 */
	private static String abbreviation(String found) {
		return found.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
	}

}
