// Uploads with progress and drag and drop. Without JavaScript the form
// posts as usual; with it, the same request goes through XMLHttpRequest so
// the bar can show how far it is.
(function () {
  'use strict';
  pollStates();
  var form = document.querySelector('form[data-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('[data-dropzone]');
  var bar = form.querySelector('[data-progress]');
  var status = form.querySelector('[data-upload-status]');
  if (zone) {
    ['dragenter', 'dragover'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) input.files = e.dataTransfer.files;
    });
  }
  form.addEventListener('submit', function (e) {
    if (!input.files.length) return;
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'fetch');
    bar.hidden = false;
    xhr.upload.addEventListener('progress', function (ev) {
      if (ev.lengthComputable) bar.value = Math.round(ev.loaded * 100 / ev.total);
    });
    xhr.addEventListener('load', function () {
      var res = {};
      try { res = JSON.parse(xhr.responseText); } catch (err) { /* not JSON: show the status */ }
      if (res.errors && res.errors.length) {
        status.textContent = res.errors.join(' · ');
      }
      if (xhr.status === 200 && !(res.errors && res.errors.length)) {
        location.href = form.getAttribute('data-done');
      } else if (!status.textContent) {
        status.textContent = xhr.status + ' ' + xhr.statusText;
      }
    });
    xhr.addEventListener('error', function () { status.textContent = 'Gagal mengunggah.'; });
    xhr.send(new FormData(form));
  });

  // pollStates follows the items whose variants are still being made
  // ([data-media-state=processing]) until they are ready or failed, then
  // shows their thumbnail and state in place. Without JavaScript a reload
  // shows the same.
  function pollStates() {
    var delay = 1000, tries = 0;
    function tick() {
      var nodes = document.querySelectorAll('[data-media-id][data-media-state=processing]');
      if (!nodes.length || !window.fetch || ++tries > 120) return;
      var q = [];
      for (var i = 0; i < nodes.length && i < 50; i++) q.push('id=' + encodeURIComponent(nodes[i].getAttribute('data-media-id')));
      fetch('/redaksi/media/status?' + q.join('&'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (res) {
          (res.results || []).forEach(show);
        })
        .catch(function () { /* offline for a moment: try again */ })
        .then(function () {
          delay = Math.min(delay * 1.5, 10000);
          setTimeout(tick, delay);
        });
    }
    function show(it) {
      if (it.state === 'processing') return;
      var n = document.querySelector('[data-media-id="' + it.id + '"]');
      if (!n) return;
      n.setAttribute('data-media-state', it.state);
      var label = n.querySelector('[data-media-label]');
      if (label) {
        label.textContent = it.state_label;
        label.className = 'status status-media-' + it.state;
      }
      var note = n.querySelector('[data-media-note]');
      if (note) note.hidden = true;
      var ph = n.querySelector('[data-media-thumb]');
      if (ph && it.state === 'ready') {
        var full = ph.hasAttribute('data-media-full');
        var img = document.createElement('img');
        img.src = full ? it.url : it.thumb;
        img.alt = it.alt;
        img.width = full ? it.width : 160;
        img.height = full ? it.height : Math.round(160 * it.height / (it.width || 1));
        if (full) img.className = 'media-preview';
        ph.parentNode.replaceChild(img, ph);
      }
    }
    setTimeout(tick, delay);
  }
})();
