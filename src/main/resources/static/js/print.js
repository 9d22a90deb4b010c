// Progressive enhancement: the print button appears only when script runs; without it, the browser's own
// print command prints the same page.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
