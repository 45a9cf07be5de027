// Farun 法润 — kiosk pages: return to the kiosk home after inactivity (with a visible countdown and a way to
// stay), and print the slip. Loaded only on kiosk pages; CSP-safe (no inline handlers, no eval).
(function () {
  'use strict';

  var idle = document.querySelector('[data-kiosk-return]');
  if (idle) {
    var home = idle.getAttribute('data-kiosk-return');
    var total = parseInt(idle.getAttribute('data-kiosk-seconds'), 10) || 60;
    var shown = idle.querySelector('[data-kiosk-countdown]');
    var left = total;

    var reset = function () { left = total; if (shown) { shown.textContent = String(left); } };
    idle.hidden = false;
    reset();
    // Any touch, key or typing means someone is still here.
    ['pointerdown', 'keydown', 'input', 'scroll'].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true, capture: true });
    });
    var stay = idle.querySelector('[data-kiosk-stay]');
    if (stay) { stay.addEventListener('click', reset); }
    window.setInterval(function () {
      left -= 1;
      if (shown) { shown.textContent = String(Math.max(left, 0)); }
      if (left <= 0) {
        // replace(): the back button must not bring the finished page (or a filled form) back.
        var forms = document.querySelectorAll('form');
        for (var i = 0; i < forms.length; i++) { forms[i].reset(); }
        window.location.replace(home);
      }
    }, 1000);
  }

  var print = document.querySelector('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
})();
