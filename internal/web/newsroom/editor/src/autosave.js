// Autosave: the whole form, posted in the background after an edit.

import { format } from './labels.js';

const AUTOSAVE_DELAY = 10000;

// Browsers refuse keepalive requests whose bodies exceed 64 KiB.
const KEEPALIVE_LIMIT = 60000;

function pad(n) {
  return String(n).padStart(2, '0');
}

export function setupAutosave(form, sync, labels) {
  const url = form && form.getAttribute('data-autosave-url');
  if (!url) return () => {};
  const status = form.querySelector('[data-autosave-status]') || document.querySelector('[data-autosave-status]');
  const say = (text, failed) => {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('wt-autosave-failed', !!failed);
  };
  let dirty = false;
  let timer = 0;
  let inflight = false;
  let again = false;
  let submitting = false;
  let heldSubmit = null;

  const schedule = () => {
    if (!timer && !submitting) timer = setTimeout(() => save(false), AUTOSAVE_DELAY);
  };
  const body = () => {
    sync();
    const fd = new FormData(form);
    // File inputs (photo uploads) are not for autosave.
    const out = new FormData();
    let size = 0;
    for (const [k, v] of fd.entries()) {
      if (typeof v !== 'string') continue;
      out.append(k, v);
      size += k.length + v.length * 3 + 64;
    }
    return { out, size };
  };
  const finish = () => {
    inflight = false;
    if (heldSubmit) {
      const submitter = heldSubmit.submitter;
      heldSubmit = null;
      if (submitter && submitter.form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
      return;
    }
    if (again) {
      again = false;
      if (dirty) schedule();
    }
  };
  function save(leaving) {
    clearTimeout(timer);
    timer = 0;
    if (!dirty || submitting) return;
    if (inflight) {
      again = true;
      return;
    }
    dirty = false;
    inflight = true;
    const { out, size } = body();
    let status = 0;
    fetch(url, {
      method: 'POST',
      body: out,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' },
      keepalive: leaving && size < KEEPALIVE_LIMIT,
    })
      .then((res) => {
        status = res.status;
        if (!res.ok) throw new Error('autosave ' + res.status);
        return res.json().catch(() => ({}));
      })
      .then((data) => {
        const v = data && data.version;
        if (typeof v === 'number' && Number.isInteger(v)) {
          const input = form.querySelector('input[name="version"]');
          if (input) input.value = String(v);
        }
        const now = new Date();
        say(format(labels.autosaved, { time: pad(now.getHours()) + ':' + pad(now.getMinutes()) }), false);
      })
      .catch(() => {
        dirty = true;
        say(status === 409 ? labels.autosaveConflict : labels.autosaveFailed, true);
        // A network or server failure is retried; a refusal waits for the next edit.
        if (status === 0 || status >= 500) again = true;
      })
      .finally(finish);
  }

  const markDirty = () => {
    dirty = true;
    schedule();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save(true);
  });
  form.addEventListener('submit', (e) => {
    if (e.defaultPrevented) return;
    if (inflight) {
      // Wait for the autosave so the form posts the version it produced.
      e.preventDefault();
      heldSubmit = { submitter: e.submitter };
      return;
    }
    clearTimeout(timer);
    timer = 0;
    submitting = true;
    // Stay ready if the page is not left after all (e.g. a bfcache return).
    setTimeout(() => { submitting = false; }, 5000);
  });
  return markDirty;
}
