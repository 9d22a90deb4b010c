/*
 * Live INFLESZ score for the editor's Spanish form (issue 14): the same computation as
 * org.nextsteps.content.SpanishReadability (keep the two in step): Szigriszt-Pazos, read on the Barrio-Cantalejo
 * scale, with the same Spanish syllables, numbers read aloud, guideline codes as names and abbreviations read out,
 * so the score shown while typing is the score the server shows after saving. Progressive enhancement: without
 * JavaScript the server's score of the text as loaded is shown.
 */
(function () {
  'use strict';
  var SPACE = '[ \\t\\n\\x0B\\f\\r]';
  var HTML_BLOCK = new RegExp('</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote)(?:' + SPACE + '[^>]*)?/?>', 'gi');
  var HTML_INLINE = /<[A-Za-z\/!][^>]*>|&(?:[A-Za-z]+|#[0-9]+);/g;
  var LINK = /\[([^\]]*)\]\([^)]*\)/g;
  var MARKUP = /[*_`#]/g;
  var LIST_MARKER = new RegExp('^' + SPACE + '*(?:-|\\d+\\.)' + SPACE + '+');
  var LINE_BREAK = /\r\n|\r|\n/;
  var SENTENCE_END = new RegExp('[.!?]+(?:' + SPACE + '+|$)');
  var WORD = /\p{L}+[0-9][\p{L}0-9]*|[0-9]+(?:[.,][0-9]+)*|\p{L}+/gu;
  var NUMBER = /^[0-9]+(?:[.,][0-9]+)*$/;
  var THOUSANDS = /^[0-9]{1,3}(?:\.[0-9]{3})+$/;
  var ABBREVIATION = new RegExp('(?<!\\p{L})(?:(dra?|sra?|srta|uds?|aprox|núm|pág|tel|p\\.' + SPACE
      + '?ej)\\.|(mg|ml|kg|cm|mm)(?!\\p{L}))', 'giu');
  var READINGS = {
    dr: 'doctor', dra: 'doctora', sr: 'señor', sra: 'señora', srta: 'señorita', ud: 'usted', uds: 'ustedes',
    aprox: 'aproximadamente', 'núm': 'número', 'pág': 'página', tel: 'teléfono', pej: 'por ejemplo',
    mg: 'miligramos', ml: 'mililitros', kg: 'kilos', cm: 'centímetros', mm: 'milímetros'
  };
  var SILENT_U = /(?<=[qg])u(?=[eiéí])/g;
  var FINAL_Y = /(?<=[aeiouáéíóúü])y$/;
  var VOWELS = 'aeiouáéíóúü';
  var SILENT_H = /(?<=[aeiouáéíóúü])h(?=[aeiouáéíóúü])/g;
  var NUCLEI = 'aeoáéóíú';
  var UNDER_THIRTY = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
    'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte',
    'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete',
    'veintiocho', 'veintinueve'];
  var TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
  var HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos',
    'setecientos', 'ochocientos', 'novecientos'];

  function underThousand(n, apocope) {
    if (n === 100) {
      return 'cien';
    }
    var rest = n % 100;
    var tens = rest < 30 ? UNDER_THIRTY[rest]
      : TENS[Math.floor(rest / 10)] + (rest % 10 === 0 ? '' : ' y ' + UNDER_THIRTY[rest % 10]);
    if (apocope && /uno$/.test(tens)) {
      tens = tens.substring(0, tens.length - 3) + (tens === 'veintiuno' ? 'ún' : 'un');
    }
    if (n < 100) {
      return tens;
    }
    return rest === 0 ? HUNDREDS[Math.floor(n / 100)] : HUNDREDS[Math.floor(n / 100)] + ' ' + tens;
  }

  function cardinalOf(n, apocope) {
    var spoken = [];
    var millions = Math.floor(n / 1000000);
    var thousands = Math.floor(n / 1000) % 1000;
    var units = n % 1000;
    if (millions === 1) {
      spoken.push('un millón');
    } else if (millions > 1) {
      spoken.push(cardinalOf(millions, true) + ' millones');
    }
    if (thousands === 1) {
      spoken.push('mil');
    } else if (thousands > 1) {
      spoken.push(underThousand(thousands, true) + ' mil');
    }
    if (units > 0) {
      spoken.push(underThousand(units, apocope));
    }
    return spoken.join(' ');
  }

  function cardinal(digits) {
    if (digits.length > 12) {
      return digits.split('').map(function (d) { return UNDER_THIRTY[Number(d)]; }).join(' ');
    }
    var n = parseInt(digits, 10);
    return n === 0 ? 'cero' : cardinalOf(n, false);
  }

  function readAloud(number) {
    if (THOUSANDS.test(number)) {
      return cardinal(number.replace(/\./g, ''));
    }
    var spoken = [];
    var part = /([.,]?)([0-9]+)/g;
    var found;
    while ((found = part.exec(number)) !== null) {
      var digits = found[2];
      if (found[1] !== '') {
        spoken.push(found[1] === ',' ? 'coma' : 'punto');
        while (digits.length > 1 && digits.charAt(0) === '0') {
          spoken.push('cero');
          digits = digits.substring(1);
        }
      }
      spoken.push(cardinal(digits));
    }
    return spoken.join(' ');
  }

  function nuclei(run) {
    var count = 0, weak = 0, nucleusBefore = false;
    for (var i = 0; i < run.length; i++) {
      if (NUCLEI.indexOf(run.charAt(i)) >= 0) {
        count += 1 + (nucleusBefore ? Math.floor(Math.max(0, weak - 1) / 2) : Math.floor(weak / 2));
        weak = 0;
        nucleusBefore = true;
      } else {
        weak++;
      }
    }
    return count + (nucleusBefore ? Math.floor(weak / 2) : Math.floor((weak + 1) / 2));
  }

  function syllables(word) {
    var w = word.normalize('NFC').toLowerCase();
    if (NUMBER.test(w)) {
      return readAloud(w).split(' ').reduce(function (sum, spoken) { return sum + syllables(spoken); }, 0);
    }
    if (w === 'y') {
      return 1;
    }
    w = w.replace(SILENT_U, '').replace(FINAL_Y, 'i').replace(SILENT_H, '');
    var count = 0, run = '';
    for (var i = 0; i < w.length; i++) {
      var c = w.charAt(i);
      var sameWeak = run.length > 0 && run.charAt(run.length - 1) === c && NUCLEI.indexOf(c) < 0;
      if (VOWELS.indexOf(c) < 0 || sameWeak) {
        count += nuclei(run);
        run = '';
      }
      if (VOWELS.indexOf(c) >= 0) {
        run += c;
      }
    }
    return Math.max(1, count + nuclei(run));
  }

  function counts(text) {
    var read = (text || '').normalize('NFC').replace(ABBREVIATION, function (found) {
      return READINGS[found.toLowerCase().replace(/[.\s]/g, '')];
    });
    var plain = read.replace(HTML_BLOCK, '\n').replace(HTML_INLINE, ' ').replace(LINK, '$1').replace(MARKUP, '');
    var sentences = 0, words = 0, syllableCount = 0;
    plain.split(LINE_BREAK).forEach(function (line) {
      line.replace(LIST_MARKER, '').split(SENTENCE_END).forEach(function (sentence) {
        var found = sentence.match(WORD) || [];
        found.forEach(function (word) { syllableCount += syllables(word); });
        if (found.length > 0) {
          words += found.length;
          sentences++;
        }
      });
    });
    return { sentences: sentences, words: words, syllables: syllableCount };
  }

  function inflesz(text) {
    var c = counts(text);
    return c.words === 0 ? 0 : 206.835 - 62.3 * c.syllables / c.words - c.words / c.sentences;
  }

  function band(score) {
    if (score < 40) {
      return 'muy difícil';
    }
    if (score < 55) {
      return 'algo difícil';
    }
    if (score < 65) {
      return 'normal';
    }
    return score <= 80 ? 'bastante fácil' : 'muy fácil';
  }

  if (typeof document !== 'undefined') {
    document.addEventListener('DOMContentLoaded', function () {
      var form = document.querySelector('[data-inflesz-form]');
      if (!form) {
        return;
      }
      var template = form.getAttribute('data-label');
      var warnTemplate = form.getAttribute('data-warn');
      form.querySelectorAll('[data-inflesz]').forEach(function (field) {
        var output = document.getElementById(field.getAttribute('data-inflesz-output'));
        if (!output) {
          return;
        }
        field.addEventListener('input', function () {
          var score = inflesz(field.value);
          // texts under 8 words are left alone, as the server leaves them
          var warn = counts(field.value).words >= 8 && score < 65;
          output.textContent = (warn ? warnTemplate : template).replace('{0}', score.toFixed(1))
            .replace('{1}', band(score));
          output.classList.toggle('readability--warn', warn);
        });
      });
    });
  }

  var api = { inflesz: inflesz, syllables: syllables, words: function (text) { return counts(text).words; } };
  if (typeof window !== 'undefined') {
    window.nextStepsInflesz = api;
  }
  if (typeof module !== 'undefined') {
    module.exports = api;
  }
}());
