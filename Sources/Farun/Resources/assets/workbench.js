// Farun 法润 — the lawyers' consultation workbench, live: new questions join the list, withdrawn ones leave it,
// rows of the lawyer's own questions are marked when a follow-up waits for them, and additions are announced in a
// polite live region. Loaded only on /staff/consultations. Every word shown comes from the page's data attributes
// (rendered from the l10n files); text is set with textContent only. CSP-safe (no inline handlers, no eval).
// Without this script the server-rendered list and its refresh link remain.
(function () {
  'use strict';

  var root = document.querySelector('[data-workbench-stream]');
  if (!root || !window.EventSource) { return; }

  function text(name) { return root.getAttribute('data-text-' + name) || ''; }
  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, index) {
      var value = values[Number(index)];
      return value === undefined ? all : String(value);
    });
  }

  var fields = {};
  try { fields = JSON.parse(root.getAttribute('data-fields') || '{}'); } catch (ignored) { fields = {}; }
  var required = root.getAttribute('data-required-lawyers') || '';
  var itemURL = root.getAttribute('data-item-url') || '';
  var status = root.querySelector('[data-workbench-status]');
  var announcer = root.querySelector('[data-workbench-announcer]');
  var lists = {
    offered: document.querySelector('[data-workbench-list="offered"]'),
    mine: document.querySelector('[data-workbench-list="mine"]')
  };

  function setStatus(live) { if (status) { status.textContent = text(live ? 'on' : 'off'); } }

  // Several additions in a row are read together rather than one cutting the other off.
  var pending = [];
  var flush = null;
  function announce(message) {
    if (!announcer || !message) { return; }
    pending.push(message);
    if (flush) { return; }
    flush = window.setTimeout(function () {
      announcer.textContent = pending.join('；');
      pending = [];
      flush = null;
    }, 400);
  }

  function body(list) { return list ? list.querySelector('tbody') : null; }
  function row(list, id) {
    var rows = body(list) ? body(list).rows : [];
    for (var i = 0; i < rows.length; i++) { if (rows[i].getAttribute('data-consultation') === id) { return rows[i]; } }
    return null;
  }

  // An empty list shows its hint instead of an empty table.
  function showOrHide(list) {
    if (!list) { return; }
    var table = list.querySelector('table');
    var empty = list.querySelector('[data-workbench-empty]');
    var any = body(list) && body(list).rows.length > 0;
    if (table) { table.hidden = !any; }
    if (empty) { empty.hidden = any; }
  }

  // Age ticks from when the server measured it; each cell keeps its own base.
  var started = Date.now();
  function setAge(cell, seconds) {
    cell.setAttribute('data-age-seconds', String(seconds));
    cell.setAttribute('data-age-since', String(Date.now() - started));
    renderAge(cell);
  }
  function renderAge(cell) {
    var base = Number(cell.getAttribute('data-age-seconds')) || 0;
    var since = Number(cell.getAttribute('data-age-since')) || 0;
    var seconds = base + Math.max(0, (Date.now() - started - since) / 1000);
    cell.textContent = fill(text('age'), [Math.floor(seconds / 60)]);
  }
  window.setInterval(function () {
    var cells = document.querySelectorAll('[data-workbench-list] td[data-age-seconds]');
    for (var i = 0; i < cells.length; i++) { renderAge(cells[i]); }
  }, 30000);

  function cell(tr, name) { return tr.querySelector('td[data-cell="' + name + '"]'); }

  function setAnswers(tr, lawyers) {
    var target = cell(tr, 'answers');
    if (!target) { return; }
    var label = target.querySelector('[data-answers]');
    if (label) { label.textContent = fill(text('answers'), [lawyers, required]); }
  }

  function setAwaiting(tr, waiting) {
    var target = cell(tr, 'answers');
    if (!target) { return; }
    var badge = target.querySelector('.badge');
    if (waiting && !badge) {
      badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = ' ' + text('awaiting');
      target.appendChild(badge);
    } else if (!waiting && badge) {
      target.removeChild(badge);
    }
    tr.classList.toggle('has-follow-up', waiting);
  }

  function newRow(question) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-consultation', question.id);
    var link = document.createElement('a');
    link.href = itemURL.replace('CONSULTATION_ID', encodeURIComponent(question.id));
    link.textContent = question.question || text('open');
    var first = document.createElement('td');
    first.appendChild(link);
    var field = document.createElement('td');
    field.textContent = fields[question.field] || question.field;
    var region = document.createElement('td');
    region.textContent = question.region_name || '';
    var age = document.createElement('td');
    age.setAttribute('data-cell', 'age');
    var answers = document.createElement('td');
    answers.setAttribute('data-cell', 'answers');
    var count = document.createElement('span');
    count.setAttribute('data-answers', '');
    answers.appendChild(count);
    [first, field, region, age, answers].forEach(function (td) { tr.appendChild(td); });
    setAnswers(tr, question.lawyers || 0);
    return tr;
  }

  // Oldest first, as the server renders the list.
  function insertByAge(list, tr, seconds) {
    var rows = body(list).rows;
    for (var i = 0; i < rows.length; i++) {
      var other = cell(rows[i], 'age');
      if (other && Number(other.getAttribute('data-age-seconds')) < seconds) { body(list).insertBefore(tr, rows[i]); return; }
    }
    body(list).appendChild(tr);
  }

  // Ids sent since the stream (re)connected: on `listed` the offered rows not among them are no longer offered
  // (withdrawn before the page connected, or while it was away).
  var listing = null;

  function onQuestion(question) {
    var list = lists.offered;
    if (!body(list) || !question.id) { return; }
    if (listing) { listing[question.id] = true; }
    var tr = row(list, question.id);
    if (tr) { setAge(cell(tr, 'age'), question.age_seconds); return; }
    tr = newRow(question);
    setAge(cell(tr, 'age'), question.age_seconds);
    insertByAge(list, tr, question.age_seconds);
    showOrHide(list);
    announce(fill(text('new'), [fields[question.field] || question.field, question.region_name || '']));
  }

  function onListed() {
    if (!listing || !body(lists.offered)) { return; }
    var rows = Array.prototype.slice.call(body(lists.offered).rows);
    rows.forEach(function (tr) {
      var id = tr.getAttribute('data-consultation');
      if (id && !listing[id]) { onWithdrawn({ id: id }); }
    });
    listing = null;
  }

  function onWithdrawn(change) {
    var tr = row(lists.offered, change.id);
    if (!tr) { return; }
    // Moving focus nowhere: if the withdrawn row held it, the list heading takes it.
    var focused = tr.contains(document.activeElement);
    tr.parentNode.removeChild(tr);
    showOrHide(lists.offered);
    if (focused) {
      var heading = lists.offered.querySelector('h2');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    }
  }

  // `answered` / `follow_up` concern questions this lawyer answers: their row belongs to "mine".
  function onChange(change, followUp) {
    var tr = row(lists.mine, change.id);
    if (!tr) {
      tr = row(lists.offered, change.id);
      if (!tr || !body(lists.mine)) { return; }
      var age = cell(tr, 'age');
      tr.parentNode.removeChild(tr);
      insertByAge(lists.mine, tr, age ? Number(age.getAttribute('data-age-seconds')) : 0);
      showOrHide(lists.offered);
      showOrHide(lists.mine);
    }
    setAnswers(tr, change.lawyers);
    if (followUp) {
      setAwaiting(tr, change.awaiting_reply === true);
      if (change.awaiting_reply === true) {
        var link = tr.querySelector('a');
        announce(fill(text('follow-up'), [link ? link.textContent : '']));
      }
    }
  }

  function parse(event) {
    try { return JSON.parse(event.data); } catch (ignored) { return null; }
  }

  var source = new EventSource(root.getAttribute('data-workbench-stream'));
  source.addEventListener('open', function () { listing = {}; setStatus(true); });
  source.addEventListener('listed', onListed);
  source.addEventListener('error', function () { setStatus(false); });
  source.addEventListener('question', function (event) { var data = parse(event); if (data) { onQuestion(data); } });
  source.addEventListener('withdrawn', function (event) { var data = parse(event); if (data) { onWithdrawn(data); } });
  source.addEventListener('answered', function (event) { var data = parse(event); if (data) { onChange(data, false); } });
  source.addEventListener('follow_up', function (event) { var data = parse(event); if (data) { onChange(data, true); } });
  window.addEventListener('pagehide', function () { source.close(); });
})();
