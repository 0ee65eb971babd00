// The Baca Juga search box: a combobox over the newsroom's article search.

import { el } from './dom.js';
import { format } from './labels.js';
import { safeHref } from './links.js';
import { insertBlockAfterSelection } from './nodes.js';

const SEARCH_DELAY = 200; // ms after the last keystroke
const SEARCH_MIN = 2;
const SEARCH_MAX_RESULTS = 8;

export function buildSearch(editor, labels, searchUrl, id) {
  const input = el('input', {
    type: 'search',
    id: id + '-q',
    class: 'wt-search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': id + '-list',
    placeholder: labels.searchPlaceholder,
  });
  const label = el('label', { for: id + '-q', class: 'wt-search-label', text: labels.searchLabel });
  const list = el('ul', { id: id + '-list', class: 'wt-listbox', role: 'listbox', 'aria-label': labels.searchLabel, hidden: true });
  const status = el('p', { class: 'wt-search-status', role: 'status', 'aria-live': 'polite', text: labels.searchHint });
  const close = el('button', { type: 'button', class: 'wt-btn wt-search-close', text: labels.close });
  const panel = el('div', { class: 'wt-search', role: 'dialog', 'aria-label': labels.searchLabel, hidden: true },
    [el('div', { class: 'wt-search-row' }, [label, close]), input, list, status]);

  let results = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let seq = 0;

  const setActive = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${i}`);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const show = (items) => {
    results = items;
    list.replaceChildren(...items.map((r, i) => {
      const li = el('li', { id: `${id}-opt-${i}`, class: 'wt-option', role: 'option', 'aria-selected': 'false' },
        [el('span', { class: 'wt-option-title', text: r.title }), el('span', { class: 'wt-option-url', text: r.url })]);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => choose(i));
      return li;
    }));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    setActive(-1);
  };
  const choose = (i) => {
    const r = results[i];
    if (!r) return;
    hide();
    insertBlockAfterSelection(editor, { type: 'bacaJuga', attrs: { id: String(r.id), url: r.url, title: r.title } });
  };
  const search = (q) => {
    if (controller) controller.abort();
    controller = typeof AbortController === 'function' ? new AbortController() : null;
    const mine = ++seq;
    let url;
    try {
      url = new URL(searchUrl, window.location.href);
    } catch (e) {
      status.textContent = labels.searchFailed;
      return;
    }
    if (url.origin !== window.location.origin) {
      status.textContent = labels.searchFailed;
      return;
    }
    url.searchParams.set('q', q);
    status.textContent = labels.searching;
    fetch(url.href, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' },
      signal: controller ? controller.signal : undefined,
    })
      .then((res) => {
        if (!res.ok) throw new Error('search ' + res.status);
        return res.json();
      })
      .then((data) => {
        if (mine !== seq) return;
        const items = (data && Array.isArray(data.results) ? data.results : [])
          .filter((r) => r && /^[1-9]\d*$/.test(String(r.id)) && typeof r.title === 'string' && r.title.trim() && safeHref(r.url))
          .slice(0, SEARCH_MAX_RESULTS)
          .map((r) => ({ id: String(r.id), title: r.title.trim(), url: r.url }));
        show(items);
        status.textContent = items.length ? format(labels.resultCount, { n: items.length }) : labels.noResults;
      })
      .catch((err) => {
        if (mine !== seq || (err && err.name === 'AbortError')) return;
        show([]);
        status.textContent = labels.searchFailed;
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < SEARCH_MIN) {
      seq++;
      if (controller) controller.abort();
      show([]);
      status.textContent = labels.searchHint;
      return;
    }
    timer = setTimeout(() => search(q), SEARCH_DELAY);
  });
  input.addEventListener('keydown', (e) => {
    const n = results.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setActive((active + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter') {
      // Never let Enter submit the article form from here.
      e.preventDefault();
      if (active >= 0) choose(active);
      else if (n === 1) choose(0);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      hide();
      editor.commands.focus();
    }
  });
  close.addEventListener('click', () => {
    hide();
    editor.commands.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      hide();
      editor.commands.focus();
    }
  });

  function open() {
    panel.hidden = false;
    input.value = '';
    show([]);
    status.textContent = labels.searchHint;
    input.focus();
  }
  function hide() {
    clearTimeout(timer);
    seq++;
    if (controller) controller.abort();
    panel.hidden = true;
    show([]);
  }
  return { panel, open, hide, isOpen: () => !panel.hidden };
}
