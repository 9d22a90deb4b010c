/*
 * Live reading grade for the editor's option form: the same Flesch-Kincaid computation as
 * org.nextsteps.content.Readability (keep the two in step), so the grade shown while typing is the grade the server
 * shows after saving. Progressive enhancement: without JavaScript the server's grade is shown.
 */
(function () {
  'use strict';
  var SPACE = '[ \\t\\n\\x0B\\f\\r]';
  var LINK = /\[([^\]]*)\]\([^)]*\)/g;
  var MARKUP = /[*_`#]/g;
  var LIST_MARKER = new RegExp('^' + SPACE + '*(?:-|\\d+\\.)' + SPACE + '+');
  var LINE_BREAK = /\r\n|\r|\n/;
  var SENTENCE_END = new RegExp('[.!?]+(?:' + SPACE + '+|$)');
  var WORD = /[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*/g;
  var DIGITS = /^[0-9]+$/;
  var SILENT_SUFFIX = /(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/;
  var VOWEL_GROUP = /[aeiouy]{1,2}/g;

  function syllables(word) {
    var w = word.toLowerCase();
    if (DIGITS.test(w) || w.length <= 3) {
      return 1;
    }
    w = w.replace(SILENT_SUFFIX, '');
    if (w.charAt(0) === 'y') {
      w = w.substring(1);
    }
    var vowels = w.match(VOWEL_GROUP);
    return Math.max(1, vowels ? vowels.length : 0);
  }

  function grade(text) {
    var sentences = 0, words = 0, syllableCount = 0;
    var lines = (text || '').replace(LINK, '$1').replace(MARKUP, '').split(LINE_BREAK);
    lines.forEach(function (line) {
      line.replace(LIST_MARKER, '').split(SENTENCE_END).forEach(function (sentence) {
        var found = sentence.match(WORD) || [];
        found.forEach(function (word) { syllableCount += syllables(word); });
        if (found.length > 0) {
          words += found.length;
          sentences++;
        }
      });
    });
    return words === 0 ? 0 : 0.39 * words / sentences + 11.8 * syllableCount / words - 15.59;
  }

  function show(output, value, template, warnTemplate, max) {
    var text = value.toFixed(1);
    output.textContent = (value > max ? warnTemplate : template).replace('{0}', text);
    output.classList.toggle('readability--warn', value > max);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-readability-form]');
    if (!form) {
      return;
    }
    // the whole-page grade is optional; the wording comes with it, or with the form
    var overall = document.getElementById('overall-grade');
    var labels = overall || form;
    var template = labels.getAttribute('data-label');
    var warnTemplate = labels.getAttribute('data-warn');
    var max = 8;
    var fields = Array.prototype.slice.call(form.querySelectorAll('[data-readability]'));
    function update(field) {
      var output = document.getElementById(field.getAttribute('data-readability-output'));
      if (output) {
        show(output, grade(field.value), template, warnTemplate, max);
      }
      if (overall) {
        show(overall, grade(fields.map(function (f) { return f.value; }).join('\n')), template, warnTemplate, max);
      }
    }
    fields.forEach(function (field) {
      field.addEventListener('input', function () { update(field); });
    });
  });

  window.nextStepsReadability = { grade: grade };
}());
