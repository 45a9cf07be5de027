// Farun 法润 — small progressive enhancements. Loaded with `defer`; CSP-safe (no inline handlers, no eval).
(function () {
  'use strict';

  var submitting = 'data-farun-submitting';

  function setButtons(form, disabled) {
    var buttons = form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = disabled; }
  }

  function release(form) { form.removeAttribute(submitting); setButtons(form, false); }

  // Confirmation questions and double-submit protection, for every form on the page.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) { return; }
    if (form.hasAttribute(submitting)) { event.preventDefault(); return; }
    var button = event.submitter;
    var message = (button && button.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (!message && button === undefined) { // browsers without SubmitEvent.submitter
      var any = form.querySelector('[data-confirm]');
      message = any && any.getAttribute('data-confirm');
    }
    if (message && !window.confirm(message)) { event.preventDefault(); return; }
    form.setAttribute(submitting, '');
    // Disable after the form data (including the clicked button's name/value) has been collected.
    window.setTimeout(function () { setButtons(form, true); }, 0);
    // Safety net for responses that do not leave the page (e.g. file downloads).
    window.setTimeout(function () { release(form); }, 10000);
  });

  // Coming back through the back/forward cache: make the forms usable again.
  window.addEventListener('pageshow', function () {
    var forms = document.querySelectorAll('form[' + submitting + ']');
    for (var i = 0; i < forms.length; i++) { release(forms[i]); }
  });

  // Error summary: announce it and move focus there; its links focus the field they name.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!field) { return; }
      event.preventDefault();
      field.focus({ preventScroll: true });
      var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
      (label || field).scrollIntoView({ block: 'center' });
    });
  }

  // Print buttons (一次性告知单): hidden in the markup, shown only where they work.
  var printButtons = document.querySelectorAll('button[data-print]');
  for (var p = 0; p < printButtons.length; p++) {
    printButtons[p].hidden = false;
    printButtons[p].addEventListener('click', function () { window.print(); });
  }

  // Tables that scroll sideways on narrow screens must be reachable by keyboard.
  var tables = document.querySelectorAll('table.data');
  for (var t = 0; t < tables.length; t++) {
    if (tables[t].scrollWidth > tables[t].clientWidth) { tables[t].setAttribute('tabindex', '0'); }
  }
})();
