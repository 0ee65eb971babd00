// Tags added while writing: a field under the tag list. Typing a name the
// list has offers to pick it; a new one offers "Tambah topik “…”", which
// creates it on the server (through the editorial service, with its own
// checks) and selects it.

import { el, noSubmit } from './dom.js';
import { format, readLabels } from './labels.js';
import { sameOrigin } from './search.js';

const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function setupTags(box) {
  const form = box.closest('form');
  const select = form && form.querySelector('select[name="tags"]');
  const addURL = box.getAttribute('data-url');
  if (!select || !addURL) return;
  const labels = readLabels(box);
  const input = el('input', { type: 'text', id: 'tag-new', autocomplete: 'off', maxlength: '60', 'aria-describedby': 'tag-new-status' });
  const button = el('button', { type: 'button', class: 'wt-tag-add', hidden: true });
  const status = el('p', { id: 'tag-new-status', class: 'muted', role: 'status', 'aria-live': 'polite' });
  box.append(el('label', { for: input.id, text: labels.tagNew }), el('div', { class: 'tag-add' }, [input, button]), status);
  box.hidden = false;

  const existing = (name) => {
    const key = fold(name);
    return [...select.options].find((o) => fold(o.textContent) === key) || null;
  };
  const name = () => input.value.replace(/\s+/g, ' ').trim();
  const refresh = () => {
    const n = name();
    button.hidden = n === '';
    if (n === '') return;
    const old = existing(n);
    button.textContent = format(old ? labels.tagPick : labels.tagAdd, { name: old ? old.textContent : n });
  };
  const selectOption = (opt) => {
    opt.selected = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    opt.scrollIntoView({ block: 'nearest' });
  };
  let busy = false;
  const act = () => {
    const n = name();
    if (!n || busy) return;
    const old = existing(n);
    if (old) {
      selectOption(old);
      status.textContent = format(labels.tagPicked, { name: old.textContent });
      input.value = '';
      refresh();
      return;
    }
    const url = sameOrigin(addURL);
    const csrf = form.querySelector('input[name="csrf"]');
    if (!url) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    fetch(url.href, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams({ name: n }),
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-CSRF-Token': csrf ? csrf.value : '' } })
      .then((res) => res.json().then((data) => ({ ok: res.ok, data })))
      .then(({ ok, data }) => {
        if (!ok || !data || !/^[1-9]\d*$/.test(String(data.id)) || typeof data.name !== 'string') {
          status.textContent = data && data.error && typeof data.error.message === 'string' ? data.error.message : labels.tagFailed;
          status.classList.add('wt-search-failed');
          return;
        }
        let opt = [...select.options].find((o) => o.value === String(data.id));
        if (!opt) {
          opt = new Option(data.name, String(data.id));
          select.add(opt);
        }
        selectOption(opt);
        status.classList.remove('wt-search-failed');
        status.textContent = format(data.added ? labels.tagAdded : labels.tagPicked, { name: data.name });
        input.value = '';
        refresh();
      })
      .catch(() => {
        status.textContent = labels.tagFailed;
        status.classList.add('wt-search-failed');
      })
      .finally(() => {
        busy = false;
        button.removeAttribute('aria-disabled');
      });
  };
  noSubmit(box);
  input.addEventListener('input', refresh);
  // Enter adds the tag instead of submitting the article form.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      act();
    }
  });
  button.addEventListener('click', act);
}
