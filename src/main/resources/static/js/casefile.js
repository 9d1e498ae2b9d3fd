// The social file page with htmx: after a note is added without reloading, or refused, focus moves to the new
// note in the timeline, or to the summary of the errors, so that screen-reader users hear what happened.
// Without this file (or without JavaScript) the forms post and the page reloads.
(function () {
  document.body.addEventListener('htmx:afterSettle', function () {
    var target = document.querySelector('#note-form-panel [data-error-summary]') ||
      document.querySelector('#timeline [data-new-note]');
    if (target) {
      target.focus();
    }
  });
})();
