/*
 * Small conveniences for the editor area; every page works without them.
 * - A select marked data-refresh submits its form with the button it names (the condition builder and the scenario
 *   form show the answers of the question just chosen), as the visible "Update the choices" button would.
 * - Preview frames grow to the height of the patient's page they show.
 */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-refresh]').forEach(function (select) {
      select.addEventListener('change', function () {
        var button = document.getElementById(select.getAttribute('data-refresh'));
        if (button) {
          button.click();
        }
      });
    });
    document.querySelectorAll('iframe.preview-frame').forEach(function (frame) {
      function fit() {
        try {
          var doc = frame.contentDocument;
          if (doc && doc.documentElement) {
            frame.style.height = (doc.documentElement.scrollHeight + 20) + 'px';
          }
        } catch (e) {
          // not same-origin: keep the stylesheet's height
        }
      }
      frame.addEventListener('load', fit);
      fit();
    });
  });
}());
