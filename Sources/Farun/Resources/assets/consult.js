// Farun 法润 — the citizen's consultation page (/consult/{id}): new answers appear without a reload, marked
// "new". Polls a small JSON status (answer count and state) every 15 s (60 s while the tab is hidden); when the
// count grows it fetches this page again and swaps the threads in — unless the citizen is typing a follow-up,
// then it only says so with a reload link. Answers not seen on an earlier visit are marked too (localStorage).
// Loaded only on that page; CSP-safe (no inline handlers, no eval).
(function () {
  'use strict';

  var live = document.getElementById('consult-live');
  var threads = document.getElementById('consult-threads');
  if (!live || !threads) { return; }
  var id = live.getAttribute('data-consult-id');
  var statusURL = live.getAttribute('data-consult-status');
  var shown = parseInt(live.getAttribute('data-consult-answers'), 10) || 0;
  var storeKey = 'farun-consult-seen-' + id;

  var answerKeys = function (root) {
    var out = [];
    var items = root.querySelectorAll('li.entry.answer[data-entry]');
    for (var i = 0; i < items.length; i++) { out.push(items[i].getAttribute('data-entry')); }
    return out;
  };

  var mark = function (root, seen) {
    var items = root.querySelectorAll('li.entry.answer[data-entry]');
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      if (seen.indexOf(item.getAttribute('data-entry')) !== -1 || item.classList.contains('entry-new')) { continue; }
      item.classList.add('entry-new');
      var badge = document.createElement('span');
      badge.className = 'badge new-answer';
      badge.textContent = live.getAttribute('data-new-label');
      item.insertBefore(badge, item.firstChild);
    }
  };

  var remember = function () {
    try { window.localStorage.setItem(storeKey, JSON.stringify(answerKeys(threads))); } catch (e) { /* private mode */ }
  };

  var before = null;
  try { before = JSON.parse(window.localStorage.getItem(storeKey) || 'null'); } catch (e) { before = null; }
  if (before && before.length !== undefined) { mark(threads, before); }
  remember();

  if (live.getAttribute('data-consult-closed') === '1' || !window.fetch || !window.DOMParser) { return; }

  var say = function (text, withReload) {
    live.textContent = text;
    if (withReload) {
      live.appendChild(document.createTextNode(' '));
      var link = document.createElement('a');
      link.href = window.location.pathname;
      link.textContent = live.getAttribute('data-reload-text');
      live.appendChild(link);
    }
    live.hidden = false;
  };

  // A follow-up being written must not be thrown away by the swap.
  var typing = function () {
    var areas = threads.querySelectorAll('textarea');
    for (var i = 0; i < areas.length; i++) {
      if (areas[i].value.trim() !== '' || document.activeElement === areas[i]) { return true; }
    }
    return false;
  };

  var refresh = function () {
    return window.fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new window.DOMParser().parseFromString(html, 'text/html').getElementById('consult-threads');
        if (!fresh) { return; }
        var seen = answerKeys(threads);
        var imported = document.importNode(fresh, true);
        threads.parentNode.replaceChild(imported, threads);
        threads = imported;
        mark(threads, seen);
        remember();
        say(live.getAttribute('data-new-text'), false);
      });
  };

  var schedule;
  var poll = function () {
    window.fetch(statusURL, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) { schedule(); return; }
        var grew = status.answers > shown;
        if (grew) {
          shown = status.answers;
          if (typing()) { say(live.getAttribute('data-new-text'), true); } else { refresh(); }
        }
        // Closed or published: no more answers will come.
        if (status.state !== 'closed' && status.state !== 'published') { schedule(); }
      })
      .catch(function () { schedule(); });
  };
  schedule = function () { window.setTimeout(poll, document.hidden ? 60000 : 15000); };
  schedule();
})();
