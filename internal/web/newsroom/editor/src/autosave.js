// Autosave: the whole form, posted in the background after an edit, with
// a copy in this browser (localStorage) until the server has it, so a
// crash or a closed tab loses nothing. A new story is created by its
// first autosave and the page moves to its address. A stale save brings
// the server's field-by-field comparison into the page; saving stops
// until the writer has chosen. A heartbeat says who else has the story
// open. The contract with the server is in README.md.

import { format } from './labels.js';

const AUTOSAVE_DELAY = 10000;
const HEARTBEAT_DELAY = 20000;
const LOCAL_DELAY = 800;
const STORAGE_PREFIX = 'warta:draft:';

// Browsers refuse keepalive requests whose bodies exceed 64 KiB.
const KEEPALIVE_LIMIT = 60000;

const defaults = {
  saved: 'Tersimpan {time}',
  saving: 'Menyimpan…',
  failed: 'Gagal menyimpan — salinan disimpan di peramban ini',
  conflict: 'Artikel ini sudah diubah orang lain. Pilih isi tiap bagian di atas, lalu simpan.',
  invalid: 'Belum tersimpan: {message} Salinan disimpan di peramban ini.',
  restoreText: 'Ada salinan yang belum tersimpan di peramban ini ({time}).',
  restore: 'Pulihkan',
  discard: 'Buang',
  timeSep: '.',
};

// Fields that are the page's bookkeeping, not the writer's text.
const skipped = /^(csrf|action|version|resolve_.*|merge_.*|publish_at|removal_reason)$/;

function pad(n) {
  return String(n).padStart(2, '0');
}

function readLabels(form) {
  try {
    return { ...defaults, ...JSON.parse(form.getAttribute('data-autosave-labels') || '{}') };
  } catch (e) {
    return { ...defaults };
  }
}

function storage() {
  try {
    return window.localStorage;
  } catch (e) {
    return null;
  }
}

export function setupAutosave(form, sync, setBody) {
  let url = form && form.getAttribute('data-autosave-url');
  if (!url) return () => {};
  const labels = readLabels(form);
  const store = storage();
  let key = STORAGE_PREFIX + (form.getAttribute('data-article-key') || 'new');
  const status = document.querySelector('[data-autosave-status]');
  const clock = (d) => pad(d.getHours()) + labels.timeSep + pad(d.getMinutes());
  // The page's flash ("Draf disimpan.") and its ?ok= address report the
  // save that loaded the page. Once this page's text is refused or not
  // saved they would say the opposite of the truth beside the warning.
  const dropFlash = () => {
    for (const el of document.querySelectorAll('.flash')) el.remove();
    const here = new URL(window.location.href);
    if (here.searchParams.has('ok')) {
      here.searchParams.delete('ok');
      history.replaceState(history.state, '', here.pathname + here.search + here.hash);
    }
  };
  const say = (text, failed) => {
    if (failed) dropFlash();
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('wt-autosave-failed', !!failed);
  };
  let dirty = false;
  let timer = 0;
  let localTimer = 0;
  let inflight = false;
  let again = false;
  let submitting = false;
  let heldSubmit = null;

  const conflictOpen = () => !!form.querySelector('[data-conflict]');

  // values is the writer's part of the form: name → list of values.
  const values = () => {
    sync();
    const out = {};
    for (const [k, v] of new FormData(form).entries()) {
      if (typeof v !== 'string' || skipped.test(k)) continue;
      (out[k] = out[k] || []).push(v);
    }
    return out;
  };
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  const keepLocal = () => {
    clearTimeout(localTimer);
    localTimer = 0;
    if (!store) return;
    try {
      store.setItem(key, JSON.stringify({ at: Date.now(), values: values() }));
    } catch (e) {
      // A full or disabled storage: the server copy is all there is.
    }
  };
  const dropLocal = () => {
    if (store) store.removeItem(key);
  };

  const schedule = () => {
    if (!timer && !submitting) timer = setTimeout(() => save(false), AUTOSAVE_DELAY);
  };
  const body = () => {
    const out = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) {
      if (typeof v === 'string') out.append(k, v);
    }
    return out;
  };
  const csrf = () => {
    const f = form.elements.namedItem('csrf');
    return f ? f.value : '';
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
  // adopt moves a new story's page to the address its first save gave it.
  const adopt = (data) => {
    if (typeof data.url !== 'string' || !/^\/redaksi\/artikel\/\d+$/.test(data.url) || data.url === url) return;
    const old = key;
    url = data.url;
    key = STORAGE_PREFIX + String(data.id);
    form.action = url;
    form.setAttribute('data-autosave-url', url);
    form.setAttribute('data-article-key', String(data.id));
    const editor = form.querySelector('textarea[data-editor]');
    if (editor) editor.setAttribute('data-article-id', String(data.id));
    if (store) {
      const copy = store.getItem(old);
      store.removeItem(old);
      if (copy) store.setItem(key, copy);
    }
    history.replaceState(null, '', url);
    heartbeat();
  };
  const showConflict = (c) => {
    // A save the writer clicked during this autosave waits for their choice.
    heldSubmit = null;
    const slot = form.querySelector('[data-conflict-slot]');
    if (slot && typeof c.html === 'string') {
      slot.innerHTML = c.html;
      const heading = slot.querySelector('h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    const input = form.querySelector('input[name="version"]');
    if (input && Number.isInteger(c.version)) input.value = String(c.version);
  };

  function save(leaving) {
    clearTimeout(timer);
    timer = 0;
    if (!dirty || submitting) return;
    if (conflictOpen()) {
      // Nothing is saved until the writer has chosen per field.
      keepLocal();
      say(labels.conflict, true);
      return;
    }
    if (inflight) {
      again = true;
      return;
    }
    keepLocal();
    dirty = false;
    inflight = true;
    const out = body();
    const size = out.toString().length;
    say(labels.saving, false);
    let code = 0;
    fetch(url, {
      method: 'POST',
      body: out,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-CSRF-Token': csrf() },
      keepalive: leaving && size < KEEPALIVE_LIMIT,
    })
      .then((res) => {
        code = res.status;
        return res.json().catch(() => ({}));
      })
      .then((data) => {
        if (code === 200) {
          const v = data && data.version;
          const input = form.querySelector('input[name="version"]');
          if (input && Number.isInteger(v)) input.value = String(v);
          adopt(data || {});
          if (!dirty) dropLocal();
          say(format(labels.saved, { time: clock(new Date()) }), false);
          return;
        }
        dirty = true;
        if (code === 409 && data && data.conflict) {
          showConflict(data.conflict);
          say(labels.conflict, true);
          return;
        }
        const message = data && data.error && data.error.message;
        if (code >= 400 && code < 500 && message) {
          // A refusal (a missing title, say) waits for the next edit.
          say(format(labels.invalid, { message }), true);
          return;
        }
        throw new Error('autosave ' + code);
      })
      .catch(() => {
        dirty = true;
        say(labels.failed, true);
        again = true;
      })
      .finally(finish);
  }

  const markDirty = () => {
    dirty = true;
    clearTimeout(localTimer);
    localTimer = setTimeout(keepLocal, LOCAL_DELAY);
    schedule();
  };

  // The heartbeat: who else has this story open.
  const presence = document.querySelector('[data-presence]');
  let beatTimer = 0;
  function heartbeat() {
    clearTimeout(beatTimer);
    if (!/\/\d+$/.test(url)) return;
    fetch(url + '/hadir', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-CSRF-Token': csrf() },
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((data) => {
        if (!presence || !data || !Array.isArray(data.others)) return;
        const names = data.others.filter((n) => typeof n === 'string');
        presence.textContent = names.length ? format(presence.getAttribute('data-text') || '{names}', { names: names.join(', ') }) : '';
        presence.hidden = names.length === 0;
      })
      .catch(() => {})
      .finally(() => {
        beatTimer = setTimeout(heartbeat, HEARTBEAT_DELAY);
      });
  }
  heartbeat();

  // A copy this browser kept and the server never got: offer it back.
  const offer = () => {
    if (!store) return;
    let copy = null;
    try {
      copy = JSON.parse(store.getItem(key) || 'null');
    } catch (e) {
      copy = null;
    }
    if (!copy || !copy.values) return;
    if (same(copy.values, values())) {
      dropLocal();
      return;
    }
    const slot = form.querySelector('[data-restore-slot]');
    if (!slot) return;
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = format(labels.restoreText, { time: clock(new Date(copy.at || Date.now())) });
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.textContent = labels.restore;
    restore.setAttribute('data-restore', '');
    const discard = document.createElement('button');
    discard.type = 'button';
    discard.textContent = labels.discard;
    discard.setAttribute('data-discard', '');
    box.append(text, restore, discard);
    slot.replaceChildren(box);
    restore.addEventListener('click', () => {
      apply(copy.values);
      slot.replaceChildren();
      markDirty();
    });
    discard.addEventListener('click', () => {
      dropLocal();
      slot.replaceChildren();
    });
  };
  // apply puts kept values back into the form.
  const apply = (vals) => {
    for (const el of Array.from(form.elements)) {
      const name = el.name;
      if (!name || skipped.test(name) || el.type === 'file' || !(name in vals)) continue;
      const list = vals[name];
      if (el.tagName === 'SELECT') {
        for (const opt of Array.from(el.options)) opt.selected = list.includes(opt.value);
      } else if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = list.includes(el.value);
      } else if (el.hasAttribute('data-editor-mounted') && setBody) {
        setBody(list[0] || '');
      } else {
        el.value = list[0] || '';
      }
    }
    // An unchecked box sends nothing: absent means off.
    for (const el of form.querySelectorAll('input[type="checkbox"]')) {
      if (el.name && !skipped.test(el.name) && !(el.name in vals)) el.checked = false;
    }
  };
  offer();

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save(true);
  });
  form.addEventListener('focusout', () => {
    if (dirty) save(false);
  });
  window.addEventListener('beforeunload', (e) => {
    if ((dirty || inflight) && !submitting) {
      keepLocal();
      e.preventDefault();
      e.returnValue = '';
    }
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
    keepLocal();
    submitting = true;
    // Stay ready if the page is not left after all (e.g. a bfcache return).
    setTimeout(() => {
      submitting = false;
    }, 5000);
  });
  return markDirty;
}
