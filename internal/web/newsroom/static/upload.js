// Uploads with progress and drag and drop. Without JavaScript the form
// posts as usual; with it, the same request goes through XMLHttpRequest so
// the bar can show how far it is.
(function () {
  'use strict';
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
        location.reload();
      } else if (!status.textContent) {
        status.textContent = xhr.status + ' ' + xhr.statusText;
      }
    });
    xhr.addEventListener('error', function () { status.textContent = 'Gagal mengunggah.'; });
    xhr.send(new FormData(form));
  });
})();
