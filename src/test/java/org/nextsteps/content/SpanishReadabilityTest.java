package org.nextsteps.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nextsteps.content.SpanishReadability.Band;

/**
 * INFLESZ and Fernández-Huerta of Spanish patient text (issue 14). Syllable counts are
 * those of the RAE's orthographic syllabification (Ortografía 2010), as split in the
 * comments.
 */
class SpanishReadabilityTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			// plain words: one nucleus a vowel
			"dolor,2", "espalda,3", "columna,3", "médico,3", "Médico,3", "ÁNIMO,3", "ciática,3", // cia-ti-ca
			// two strong vowels: hiatus
			"poeta,3", "aéreo,4", "leer,2", "creer,2", "teatro,3", "alcohol,3",
			// a weak vowel with any vowel: diphthong or triphthong, counted once
			"ciudad,2", "cuidado,3", "jesuita,3", "anestesia,4", "fisioterapia,5", // fi-sio-te-ra-pia
			"radiofrecuencia,5", // ra-dio-fre-cuen-cia
			"esteroide,4", "corticoide,4", "estudiáis,3", "buey,1", "huir,1", "construí,2", // cons-truí
			// the same weak vowel twice: hiatus
			"chiita,3",
			// an accented weak vowel breaks the diphthong
			"día,2", "país,2", "raíz,2", "oír,2", "reír,2", "río,2", "reúne,3",
			// silent u in que, qui, gue, gui; heard in güe, güi and before a, o
			"queso,2", "guiso,2", "guerra,2", "quiropráctica,5", "pingüino,3", "cigüeña,3", "averigüéis,4", "guapo,2",
			"antiguo,3",
			// y: a vowel alone or at the end after a vowel, else a consonant
			"y,1", "muy,1", "hoy,1", "ley,1", "Paraguay,3", "mayo,2", "reyes,2", "yo,1", "inyección,3", "ayuda,3",
			// h: silent, the vowels around it meet as if it were not there
			"huevo,2", "ahora,3", "rehúso,3", "búho,2", "prohíbe,3", "cohete,3", "zanahoria,4", "deshielo,3",
			"prohibir,2", // prohi-bir, as the RAE splits it
			"rehusar,2", "ahumar,2",
			// no vowel at all
			"mg,1" })
	void syllables(String word, int count) {
		assertThat(SpanishReadability.syllables(word)).isEqualTo(count);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = ';', value = { "15;2", // quin-ce
			"100;1", // cien
			"2024;6", // dos mil vein-ti-cua-tro
			"1.500;4", // mil qui-nien-tos: a thousands point
			"2,5;5", // dos co-ma cin-co
			"0,05;8", // ce-ro co-ma ce-ro cin-co
			"21000;3", // vein-tiún mil
			"1000000;3", // un mi-llón
			"35;5", // trein-ta y cin-co
			"1234567890123;21" // thirteen digits, read one by one: u-no dos tres cua-tro
								// cin-co seis
								// sie-te o-cho nue-ve ce-ro u-no dos tres
								// (2+1+1+2+2+1+2+2+2+2+2+1+1)
	})
	void numbersCountTheSyllablesTheyHaveReadAloud(String number, int count) {
		assertThat(SpanishReadability.syllables(number)).isEqualTo(count);
	}

	@Test
	void knownTexts() {
		// El(1) mé-di-co(3) le(1) a-yu-da(3). Ca-mi-ne(3) ca-da(2) dí-a(2).
		// 7 words, 2 sentences, 15 syllables: 206.835 - 62.3 x 15/7 - 7/2 = 69.835
		String easy = "El médico le ayuda. Camine cada día.";
		assertThat(SpanishReadability.words(easy)).isEqualTo(7);
		assertThat(SpanishReadability.sentences(easy)).isEqualTo(2);
		assertThat(SpanishReadability.inflesz(easy)).isCloseTo(69.835, within(0.1));
		// 206.84 - 60 x 15/7 - 1.02 x 7/2 = 74.699
		assertThat(SpanishReadability.fernandezHuerta(easy)).isCloseTo(74.699, within(0.1));

		// To-me(2) 500: qui-nien-tos(3) mg: mi-li-gra-mos(4) ca-da(2) 8: o-cho(2)
		// ho-ras(2).
		// 6 words, 1 sentence, 15 syllables: 206.835 - 62.3 x 15/6 - 6 = 45.085
		assertThat(SpanishReadability.inflesz("Tome 500 mg cada 8 horas.")).isCloseTo(45.085, within(0.1));

		// La(1) fi-sio-te-ra-pia(5) a-yu-da(3). Le-a(2) la(1) guí-a(2).
		// 6 words, 2 sentences, 14 syllables: 206.835 - 62.3 x 14/6 - 3 = 58.468
		String marked = "**La fisioterapia** ayuda.<br>Lea la [guía](https://x.y/z)";
		assertThat(SpanishReadability.inflesz(marked)).isCloseTo(58.468, within(0.1));
		assertThat(SpanishReadability.inflesz("<p>La <b>fisioterapia</b> ayuda</p><p>Lea la guía.</p>"))
			.isCloseTo(58.468, within(0.1));
	}

	@Test
	void denseMedicalTextIsHardAndItsPlainVersionPasses() {
		String dense = "La radiofrecuencia pulsada del ganglio de la raíz dorsal constituye una alternativa "
				+ "terapéutica intervencionista en pacientes con radiculopatía lumbar crónica refractaria "
				+ "al tratamiento farmacológico conservador y a la fisioterapia.";
		String plain = "Es un tratamiento con calor. El médico usa una aguja fina. Calma el dolor de la pierna. "
				+ "Lo hace en poco tiempo.";
		assertThat(SpanishReadability.inflesz(dense)).isLessThan(55);
		assertThat(SpanishReadability.band(SpanishReadability.inflesz(dense))).isIn(Band.VERY_HARD, Band.SOMEWHAT_HARD);
		assertThat(SpanishReadability.inflesz(plain)).isGreaterThanOrEqualTo(SpanishReadability.MIN_INFLESZ);
		assertThat(SpanishReadability.words(plain)).isGreaterThanOrEqualTo(SpanishReadability.MIN_WORDS);
		assertThat(SpanishReadability.fernandezHuerta(dense)).isLessThan(SpanishReadability.fernandezHuerta(plain));
	}

	@Test
	void bandsOfBarrioCantalejo() {
		assertThat(SpanishReadability.band(-10)).isEqualTo(Band.VERY_HARD);
		assertThat(SpanishReadability.band(39.99)).isEqualTo(Band.VERY_HARD);
		assertThat(SpanishReadability.band(40)).isEqualTo(Band.SOMEWHAT_HARD);
		assertThat(SpanishReadability.band(54.99)).isEqualTo(Band.SOMEWHAT_HARD);
		assertThat(SpanishReadability.band(55)).isEqualTo(Band.NORMAL);
		assertThat(SpanishReadability.band(64.99)).isEqualTo(Band.NORMAL);
		assertThat(SpanishReadability.band(SpanishReadability.MIN_INFLESZ)).isEqualTo(Band.FAIRLY_EASY);
		assertThat(SpanishReadability.band(80)).isEqualTo(Band.FAIRLY_EASY);
		assertThat(SpanishReadability.band(80.01)).isEqualTo(Band.VERY_EASY);
		assertThat(SpanishReadability.band(120)).isEqualTo(Band.VERY_EASY);
		assertThat(Band.FAIRLY_EASY.label()).isEqualTo("bastante fácil");
		assertThat(SpanishReadability.MIN_INFLESZ).isEqualTo(65.0);
		assertThat(SpanishReadability.MIN_WORDS).isEqualTo(Readability.MIN_WORDS);
	}

	@Test
	void textWithoutWordsScoresZero() {
		for (String text : new String[] { null, "", "   ", "... ¡¿!? --", "**", "<p></p>&nbsp;" }) {
			assertThat(SpanishReadability.inflesz(text)).as(text).isZero();
			assertThat(SpanishReadability.fernandezHuerta(text)).as(text).isZero();
			assertThat(SpanishReadability.words(text)).as(text).isZero();
			assertThat(SpanishReadability.sentences(text)).as(text).isZero();
		}
	}

	@Test
	void markupListsAndAbbreviations() {
		// list markers are no words, each line is a sentence, a link is its text
		assertThat(SpanishReadability.words("1. Descanse.\n- Camine [un poco](/guia).\n\n")).isEqualTo(4);
		assertThat(SpanishReadability.sentences("1. Descanse.\n- Camine [un poco](/guia).\n\n")).isEqualTo(2);
		// an abbreviation's stop ends no sentence; it is read as what it stands for
		assertThat(SpanishReadability.sentences("El Dr. García y la Sra. Pérez le verán.")).isOne();
		assertThat(SpanishReadability.words("El Dr. García le verá.")).isEqualTo(5);
		assertThat(SpanishReadability.words("Haga ejercicio, p. ej. caminar.")).isEqualTo(5);
		// "¿" and "¡" are no words; "?" and "!" end sentences
		assertThat(SpanishReadability.sentences("¿Le duele? ¡Avise!")).isEqualTo(2);
		// a decimal point or comma inside a number ends nothing: 2,5 and 1.500 are one
		// word
		assertThat(SpanishReadability.words("Tome 2,5 ml. Son 1.500 pasos.")).isEqualTo(6);
		assertThat(SpanishReadability.sentences("Tome 2,5 ml. Son 1.500 pasos.")).isEqualTo(2);
		// text decomposed into letter and accent reads as the same word
		assertThat(SpanishReadability.syllables("di\u0301a")).isEqualTo(2);
	}

	@Test
	void aGuidelineCodeIsOneShortWordNotANumberReadAloud() {
		assertThat(SpanishReadability.words("NICE NG59 y TA159")).isEqualTo(4);
		assertThat(SpanishReadability.syllables("NG59")).isEqualTo(1);
		assertThat(SpanishReadability.syllables("IPG637")).isEqualTo(1);
		assertThat(SpanishReadability.inflesz("Lo dice NICE NG59."))
			.isEqualTo(SpanishReadability.inflesz("Lo dice NICE NG."));
	}

}
