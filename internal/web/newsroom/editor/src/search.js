// Search dialogs: a combobox over one of the newsroom's JSON searches, its
// listbox of results and a status line. Baca Juga uses it as it is; the
// photo dialog (media.js) adds an upload form.

import { el } from './dom.js';
import { format } from './labels.js';
import { safeHref } from './links.js';
import { insertBlockAfterSelection } from './nodes.js';

const SEARCH_DELAY = 200; // ms after the last keystroke

// searchDialog builds a non-modal dialog. o holds: id (prefix of element
// ids), url, label (the input's label), name (the dialog's, else label),
// placeholder, min (characters before searching; 0 searches on opening,
// the server then lists the newest), hint (shown below min), empty (no
// results), max, item(r) (a result made safe, or null to skip it),
// option(item) (the option's children), choose(item), body(input, list)
// (what stands between the title row and the status, if not just those two),
// onHide() and cls.
export function searchDialog(editor, labels, o) {
  const id = o.id;
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
    placeholder: o.placeholder,
  });
  const label = el('label', { for: id + '-q', class: 'wt-search-label', text: o.label });
  const list = el('ul', { id: id + '-list', class: 'wt-listbox', role: 'listbox', 'aria-label': o.label, hidden: true });
  const status = el('p', { class: 'wt-search-status', role: 'status', 'aria-live': 'polite' });
  const close = el('button', { type: 'button', class: 'wt-btn wt-search-close', text: labels.close });
  const panel = el('div', { class: 'wt-search' + (o.cls ? ' ' + o.cls : ''), role: 'dialog', 'aria-label': o.name || o.label, hidden: true },
    [el('div', { class: 'wt-search-row' }, [label, close]), ...(o.body ? o.body(input, list) : [input, list]), status]);

  let results = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let seq = 0;

  const say = (text, failed) => {
    status.textContent = text;
    status.classList.toggle('wt-search-failed', !!failed);
  };
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
      const li = el('li', { id: `${id}-opt-${i}`, class: 'wt-option', role: 'option', 'aria-selected': 'false' }, o.option(r));
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
    o.choose(r);
  };
  const search = (q) => {
    if (controller) controller.abort();
    controller = typeof AbortController === 'function' ? new AbortController() : null;
    const mine = ++seq;
    const url = sameOrigin(o.url);
    if (!url) {
      say(labels.searchFailed, true);
      return;
    }
    url.searchParams.set('q', q);
    const extra = o.params ? o.params() : null;
    if (extra) {
      for (const [k, v] of Object.entries(extra)) {
        if (v) url.searchParams.set(k, v);
      }
    }
    say(labels.searching);
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
          .map((r) => (r && typeof r === 'object' ? o.item(r) : null))
          .filter(Boolean)
          .slice(0, o.max);
        const suggested = !!(data && data.suggested === true);
        if (suggested) list.setAttribute('data-suggested', '');
        else list.removeAttribute('data-suggested');
        show(items);
        if (suggested) {
          say(items.length ? format(labels.suggestionCount, { n: items.length }) : o.hint || '');
        } else {
          say(items.length ? format(labels.resultCount, { n: items.length }) : o.empty);
        }
      })
      .catch((err) => {
        if (mine !== seq || (err && err.name === 'AbortError')) return;
        show([]);
        say(labels.searchFailed, true);
      });
  };
  const reset = () => {
    seq++;
    if (controller) controller.abort();
    show([]);
    say(o.hint || '');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < o.min && !o.suggest) {
      reset();
      return;
    }
    timer = setTimeout(() => search(q.length < o.min ? '' : q), SEARCH_DELAY);
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
    }
  });
  const leave = () => {
    hide();
    editor.commands.focus();
  };
  close.addEventListener('click', leave);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      leave();
    }
  });

  function open() {
    panel.hidden = false;
    input.value = '';
    reset();
    if (o.min === 0 || o.suggest) search('');
    input.focus();
  }
  function hide() {
    clearTimeout(timer);
    seq++;
    if (controller) controller.abort();
    panel.hidden = true;
    show([]);
    if (o.onHide) o.onHide();
  }
  return { panel, open, hide, say, isOpen: () => !panel.hidden };
}

// sameOrigin is url resolved against the page, or null when it is invalid
// or on another origin: the newsroom's cookies go only to the newsroom.
export function sameOrigin(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.origin === window.location.origin ? u : null;
  } catch (e) {
    return null;
  }
}

// buildSearch is the Baca Juga search. Before the writer types, it offers
// the published stories most like this one: about() gives the article's
// title, topics and section as query parameters.
export function buildSearch(editor, labels, searchUrl, id, about) {
  return searchDialog(editor, labels, {
    id,
    url: searchUrl,
    suggest: !!about,
    params: () => {
      const a = about ? about() : null;
      if (!a) return null;
      const skip = a.skip.slice();
      editor.state.doc.descendants((node) => {
        if (node.type.name === 'bacaJuga' && node.attrs.id) skip.push(String(node.attrs.id));
      });
      return { about: a.about, section: a.section, skip: skip.join(',') };
    },
    label: labels.searchLabel,
    placeholder: labels.searchPlaceholder,
    min: 2,
    hint: labels.searchHint,
    empty: labels.noResults,
    max: 8,
    item: (r) => (/^[1-9]\d*$/.test(String(r.id)) && typeof r.title === 'string' && r.title.trim() && safeHref(r.url)
      ? { id: String(r.id), title: r.title.trim(), url: r.url } : null),
    option: (r) => [el('span', { class: 'wt-option-title', text: r.title }), el('span', { class: 'wt-option-url', text: r.url })],
    choose: (r) => insertBlockAfterSelection(editor, { type: 'bacaJuga', attrs: { id: String(r.id), url: r.url, title: r.title } }),
  });
}
