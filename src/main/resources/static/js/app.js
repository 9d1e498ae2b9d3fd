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

// htmx asks for HTML (it sends no Accept header, and the server's error pages would otherwise answer in JSON) and swaps
// no error answer (4xx, 5xx): a form sent with htmx and refused (control characters in the text, a record changed
// meanwhile) would look as if nothing happened. The answer is the whole error page: show it instead.
document.addEventListener('htmx:configRequest', function (event) {
  event.detail.headers['Accept'] = 'text/html';
});
document.addEventListener('htmx:beforeSwap', function (event) {
  var answer = event.detail.xhr;
  if (answer.status >= 400 && /text\/html/.test(answer.getResponseHeader('Content-Type') || '')) {
    event.detail.shouldSwap = false;
    document.open();
    document.write(answer.responseText);
    document.close();
  }
});

