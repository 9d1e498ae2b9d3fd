// Camunda Forms drawn on the server: when a choice that other fields depend on changes, htmx asks the server
// for the form again (fragments/camunda-form.html). What the operator types while that answer travels is put
// back into the new form, so that nothing typed is lost. Pages work without this file.
(function () {
  var typed = null;

  function values(form) {
    var found = {};
    form.querySelectorAll('input[type=text], input[type=email], input[type=tel], input[type=date], input[type=time], input[type=datetime-local], textarea')
      .forEach(function (field) { found[field.id] = field.value; });
    return found;
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt.closest('form');
    typed = form ? { form: form.id, sent: values(form) } : null;
  });

  document.addEventListener('htmx:beforeSwap', function () {
    if (!typed) { return; }
    var form = document.getElementById(typed.form);
    var now = form ? values(form) : {};
    typed.changed = {};
    Object.keys(now).forEach(function (id) {
      if (now[id] !== typed.sent[id]) { typed.changed[id] = now[id]; }
    });
  });

  document.addEventListener('htmx:afterSettle', function () {
    if (!typed || !typed.changed) { return; }
    Object.keys(typed.changed).forEach(function (id) {
      var field = document.getElementById(id);
      if (field) { field.value = typed.changed[id]; }
    });
    typed = null;
  });
})();
