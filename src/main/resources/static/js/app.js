// Loads the Titillium Web font shipped with Bootstrap Italia and moves focus to an error summary,
// so that screen-reader users hear what went wrong first. Pages work without this file.
(function () {
  if (window.bootstrap && typeof window.bootstrap.loadFonts === 'function') {
    window.bootstrap.loadFonts('/webjars/bootstrap-italia/dist/fonts');
  }
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
})();
