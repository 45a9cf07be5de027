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

  // Print buttons (一次性告知单, receipts): some are hidden in the markup and shown only where printing works.
  var printButtons = document.querySelectorAll('button[data-print]');
  for (var p = 0; p < printButtons.length; p++) { printButtons[p].hidden = false; }

  // One click handler for every print button: no inline handlers under the CSP.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (button) { window.print(); }
  });

  // Ctrl+Enter (Cmd+Enter on a Mac) submits a desk form from any of its fields.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) { return; }
    var form = event.target instanceof Element ? event.target.closest('form[data-submit-shortcut]') : null;
    if (!form) { return; }
    event.preventDefault();
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  });

  // Window intake: show the chosen service's materials and limits (一次性告知), and offer only the services
  // the chosen channel may start. The data comes escaped in a data attribute; text is set with textContent.
  var panel = document.getElementById('service-info');
  var serviceSelect = document.getElementById('service');
  var channelSelect = document.getElementById('channel');
  if (panel && serviceSelect) {
    var services = [];
    try { services = JSON.parse(panel.getAttribute('data-services') || '[]'); } catch (e) { services = []; }
    var optionalLabel = panel.getAttribute('data-label-optional') || '';
    var find = function (code) {
      for (var i = 0; i < services.length; i++) { if (services[i].code === code) { return services[i]; } }
      return null;
    };
    var show = function () {
      var service = find(serviceSelect.value);
      var list = panel.querySelector('ol.materials');
      var limits = panel.querySelector('ul.limits');
      list.textContent = '';
      limits.textContent = '';
      panel.querySelector('.service-empty').hidden = !!service;
      panel.querySelector('.free').hidden = !(service && service.free);
      if (!service) { return; }
      service.materials.forEach(function (m) {
        var li = document.createElement('li');
        li.textContent = m.item + (m.required ? '' : optionalLabel);
        if (m.basis) {
          var small = document.createElement('small');
          small.textContent = ' · ' + m.basis;
          li.appendChild(small);
        }
        list.appendChild(li);
      });
      service.limits.forEach(function (text) {
        var li = document.createElement('li');
        li.textContent = text;
        limits.appendChild(li);
      });
    };
    var filter = function () {
      var channel = channelSelect.value;
      var current = serviceSelect.value;
      while (serviceSelect.options.length > 1) { serviceSelect.remove(1); }
      services.forEach(function (s) {
        if (s.channels.indexOf(channel) < 0) { return; }
        var option = document.createElement('option');
        option.value = s.code;
        option.textContent = s.name;
        option.selected = s.code === current;
        serviceSelect.appendChild(option);
      });
      if (serviceSelect.value !== current) { show(); }
    };
    serviceSelect.addEventListener('change', show);
    if (channelSelect) { channelSelect.addEventListener('change', filter); }
  }

  // Tables that scroll sideways on narrow screens must be reachable by keyboard.
  var tables = document.querySelectorAll('table.data');
  for (var t = 0; t < tables.length; t++) {
    if (tables[t].scrollWidth > tables[t].clientWidth) { tables[t].setAttribute('tabindex', '0'); }
  }
})();
