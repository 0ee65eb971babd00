// Warta's article editor: progressive enhancement of a server-rendered
// <textarea data-editor> into a Tiptap (ProseMirror) editor. Without
// JavaScript the textarea works as it is; with it, the textarea is hidden
// and always holds the editor's HTML, so a normal form POST carries it.
//
// The contract with the server (attributes, JSON shapes) is described in
// README.md beside this file.

import { Editor, Node } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// Indonesian labels; the server may replace any of them through the
// textarea's data-labels JSON. A key ending in "Label" is the accessible
// name of the button whose visible text is the key without it.
const defaultLabels = {
  toolbar: 'Format teks',
  editor: 'Isi artikel',
  paragraph: 'Paragraf',
  h2: 'H2',
  h2Label: 'Subjudul H2',
  h3: 'H3',
  h3Label: 'Subjudul H3',
  bold: 'Tebal',
  italic: 'Miring',
  link: 'Tautan',
  bulletList: 'Daftar',
  bulletListLabel: 'Daftar berbutir',
  orderedList: 'Bernomor',
  orderedListLabel: 'Daftar bernomor',
  blockquote: 'Kutipan',
  undo: 'Urungkan',
  redo: 'Ulangi',
  embed: 'Sematkan',
  embedLabel: 'Sematkan YouTube, X atau Instagram',
  bacaJuga: 'Baca Juga',
  bacaJugaLabel: 'Sisipkan Baca Juga',
  linkPrompt: 'Alamat tautan (kosongkan untuk menghapus tautan):',
  linkInvalid: 'Tautan harus diawali http://, https://, mailto: atau /.',
  embedPrompt: 'Tempel tautan YouTube, X/Twitter atau Instagram:',
  embedInvalid: 'Tautan ini tidak bisa disematkan. Gunakan tautan YouTube, X/Twitter atau Instagram.',
  searchLabel: 'Cari artikel untuk Baca Juga',
  searchPlaceholder: 'Ketik judul artikel…',
  searchHint: 'Ketik minimal 2 huruf.',
  searching: 'Mencari…',
  noResults: 'Tidak ada artikel yang cocok.',
  searchFailed: 'Pencarian gagal. Coba lagi.',
  resultCount: '{n} hasil. Pilih dengan panah atas/bawah dan Enter.',
  close: 'Tutup',
  remove: 'Hapus',
  image: 'Gambar',
  table: 'Tabel',
  video: 'Video',
  block: 'Blok HTML',
  autosaved: 'Tersimpan otomatis {time}',
  autosaveFailed: 'Gagal menyimpan otomatis',
  autosaveConflict: 'Gagal menyimpan otomatis: artikel sudah diubah orang lain',
  words: '{n} kata',
  readingTime: '{n} menit baca',
};

const AUTOSAVE_DELAY = 10000;
const SEARCH_DELAY = 200;
const SEARCH_MIN = 2;
const SEARCH_MAX_RESULTS = 8;
const WORDS_PER_MINUTE = 200;
// Browsers refuse keepalive requests whose bodies exceed 64 KiB.
const KEEPALIVE_LIMIT = 60000;

let uid = 0;

function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

function el(tag, props, children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children || []) e.append(c);
  return e;
}

// safeHref reports whether href may be a link: http, https, mailto or a
// relative URL. The URL parser removes the tabs and control characters a
// browser would ignore, so "java\tscript:" is caught too.
function safeHref(href) {
  if (typeof href !== 'string' || href.trim() === '') return false;
  try {
    const u = new URL(href, 'https://warta.invalid/');
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch (e) {
    return false;
  }
}

// normaliseHref turns what a person types into a link target: "kompas.id/x"
// becomes "https://kompas.id/x"; anything not allowed gives null.
function normaliseHref(input) {
  let href = input.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[/#?.]/.test(href) && /^[^/\s]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(href)) {
    href = (href.includes('@') && !href.includes('/') ? 'mailto:' : 'https://') + href;
  }
  return safeHref(href) ? href : null;
}

// embedProvider returns the provider name and the canonical https URL of a
// YouTube, X/Twitter or Instagram post, or null for anything else.
function embedProvider(input) {
  let u;
  try {
    u = new URL(String(input).trim());
  } catch (e) {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password || (u.port && u.port !== '443' && u.port !== '80')) return null;
  u.protocol = 'https:';
  u.port = '';
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const p = u.pathname;
  let name = null;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if ((p === '/watch' && /^[\w-]{6,}$/.test(u.searchParams.get('v') || '')) || /^\/(shorts|live|embed)\/[\w-]{6,}\/?$/.test(p)) name = 'YouTube';
  } else if (host === 'youtu.be') {
    if (/^\/[\w-]{6,}\/?$/.test(p)) name = 'YouTube';
  } else if (host === 'x.com' || host === 'twitter.com') {
    if (/^\/\w{1,15}\/status(es)?\/\d+\/?$/.test(p)) name = 'X';
  } else if (host === 'instagram.com') {
    if (/^\/(p|reel|reels|tv)\/[\w-]+\/?$/.test(p)) name = 'Instagram';
  }
  if (!name) return null;
  u.hash = '';
  return { name, url: u.href };
}

// --- Nodes -----------------------------------------------------------------

// card is the editor's view of an atom node: a labelled box with a remove
// button. Its content is set as text, never as HTML.
function card(kind, editor, getPos, labels) {
  const label = el('span', { class: 'wt-card-kind' });
  const body = el('span', { class: 'wt-card-body' });
  const remove = el('button', { type: 'button', class: 'wt-card-remove', text: '×', 'aria-label': labels.remove, title: labels.remove });
  const dom = el('div', { class: 'wt-card wt-card-' + kind, contenteditable: 'false' }, [label, body, remove]);
  remove.addEventListener('click', (e) => {
    e.preventDefault();
    const pos = typeof getPos === 'function' ? getPos() : undefined;
    if (typeof pos !== 'number') return;
    const node = editor.state.doc.nodeAt(pos);
    if (node) editor.chain().focus().deleteRange({ from: pos, to: pos + node.nodeSize }).run();
  });
  return { dom, label, body, remove };
}

function atomView(kind, paint) {
  return function () {
    const editor = this.editor;
    const labels = this.options.labels;
    return ({ node, getPos }) => {
      const c = card(kind, editor, getPos, labels);
      paint(c, node, labels);
      return {
        dom: c.dom,
        update(next) {
          if (next.type !== node.type) return false;
          node = next;
          paint(c, node, labels);
          return true;
        },
        stopEvent: (event) => c.remove.contains(event.target),
        ignoreMutation: () => true,
      };
    };
  };
}

// BacaJuga is an inline "read also" link to another article:
// <aside class="baca-juga" data-article-id="ID"><a href="URL">TITLE</a></aside>.
const BacaJuga = Node.create({
  name: 'bacaJuga',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ labels: defaultLabels }),
  addAttributes: () => ({
    id: { default: null, rendered: false },
    url: { default: '', rendered: false },
    title: { default: '', rendered: false },
  }),
  parseHTML: () => [{
    tag: 'aside.baca-juga[data-article-id]',
    priority: 60,
    getAttrs: (dom) => {
      const id = (dom.getAttribute('data-article-id') || '').trim();
      const a = dom.querySelector('a[href]');
      const url = a ? a.getAttribute('href') : '';
      if (!/^[1-9]\d*$/.test(id) || !safeHref(url)) return false;
      return { id, url, title: (a.textContent || '').trim() || url };
    },
  }],
  renderHTML: ({ node }) => ['aside', { class: 'baca-juga', 'data-article-id': String(node.attrs.id) },
    ['a', { href: node.attrs.url }, node.attrs.title]],
  addNodeView: atomView('baca-juga', (c, node, labels) => {
    c.label.textContent = labels.bacaJuga + ': ';
    c.body.textContent = node.attrs.title;
    c.dom.title = node.attrs.url;
  }),
});

// Embed is a post from YouTube, X/Twitter or Instagram, stored as a plain
// link that the server expands on render:
// <figure class="embed" data-embed-url="URL"><a href="URL">URL</a></figure>.
const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ labels: defaultLabels }),
  addAttributes: () => ({ url: { default: '', rendered: false } }),
  parseHTML: () => [{
    tag: 'figure.embed[data-embed-url]',
    priority: 60,
    getAttrs: (dom) => {
      const p = embedProvider(dom.getAttribute('data-embed-url'));
      return p ? { url: p.url } : false;
    },
  }],
  renderHTML: ({ node }) => ['figure', { class: 'embed', 'data-embed-url': node.attrs.url },
    ['a', { href: node.attrs.url }, node.attrs.url]],
  addNodeView: atomView('embed', (c, node) => {
    const p = embedProvider(node.attrs.url);
    c.label.textContent = (p ? p.name : 'Embed') + ': ';
    c.body.textContent = node.attrs.url;
  }),
});

// Preserved keeps blocks the editor has no tools for (images and figures,
// tables, video iframes) exactly as the server sent them, so editing an
// article never drops them. The HTML is held as a string taken from the
// parser's inert document; it is shown only as a text card (and an image
// preview whose src is checked) and is never put into the live page.
const RAW_ATTR = 'data-wt-raw';

// cleanRaw drops from a preserved block what can never be article markup
// (scripts, event handlers, styles, unsafe URLs). The server sanitises the
// body on save anyway; this keeps pasted junk out of the textarea too.
function cleanRaw(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.body.querySelectorAll('script, style, link, meta, base, object, embed, form, input, button, select, textarea, template')
    .forEach((n) => n.remove());
  doc.body.querySelectorAll('*').forEach((n) => {
    for (const a of [...n.attributes]) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || ((name === 'href' || name === 'src') && !safeHref(a.value))) {
        n.removeAttribute(a.name);
      }
    }
  });
  return doc.body.innerHTML;
}
const Preserved = Node.create({
  name: 'preserved',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ labels: defaultLabels }),
  addAttributes: () => ({ html: { default: '', rendered: false } }),
  parseHTML: () => [
    { tag: `div[${RAW_ATTR}]`, priority: 70, getAttrs: (dom) => ({ html: cleanRaw(dom.getAttribute(RAW_ATTR) || '') }) },
    ...['figure', 'table', 'iframe', 'img'].map((tag) => ({
      tag,
      priority: 40,
      getAttrs: (dom) => ({ html: cleanRaw(dom.outerHTML) }),
    })),
  ],
  // The placeholder is swapped for the stored HTML by serialise().
  renderHTML: ({ node }) => ['div', { [RAW_ATTR]: node.attrs.html }],
  addNodeView: atomView('preserved', (c, node, labels) => {
    const doc = new DOMParser().parseFromString(node.attrs.html, 'text/html');
    const img = doc.querySelector('img[src]');
    const caption = doc.querySelector('figcaption');
    let kind = labels.block;
    if (doc.querySelector('table')) kind = labels.table;
    else if (doc.querySelector('iframe, video')) kind = labels.video;
    else if (img) kind = labels.image;
    c.label.textContent = kind + ': ';
    const text = ((caption && caption.textContent) || (img && img.getAttribute('alt')) || textOf(doc.body)).replace(/\s+/g, ' ').trim();
    c.body.textContent = text.length > 140 ? text.slice(0, 140) + '…' : text;
    const old = c.dom.querySelector('.wt-card-img');
    if (old) old.remove();
    const src = img && img.getAttribute('src');
    if (src && safeHref(src) && !/^mailto:/i.test(src)) {
      c.dom.insertBefore(el('img', { class: 'wt-card-img', src, alt: '', loading: 'lazy' }), c.label);
    }
  }),
});

// textOf is an element's text with its cells and blocks kept apart.
function textOf(node) {
  const parts = [];
  const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
  return parts.join(' ');
}

function decodeAttr(s) {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

// serialise is the editor's HTML as the textarea should carry it: preserved
// blocks restored, a lone empty paragraph and trailing ones dropped.
function serialise(editor) {
  if (editor.isEmpty) return '';
  return editor.getHTML()
    .replace(new RegExp(`<div ${RAW_ATTR}="([^"]*)"></div>`, 'g'), (m, v) => decodeAttr(v))
    .replace(/(<p><\/p>)+$/, '');
}

// insertBlockAfterSelection puts a card after the top-level block holding
// the selection (or in place of it when it is an empty paragraph), so it
// neither splits a paragraph nor replaces text selected a moment ago.
function insertBlockAfterSelection(editor, content) {
  const { selection } = editor.state;
  const $to = selection.$to;
  let at = selection.to;
  if ($to.depth >= 1) {
    const top = $to.node(1);
    at = top.isTextblock && top.content.size === 0 ? { from: $to.before(1), to: $to.after(1) } : $to.after(1);
  }
  editor.chain().focus().insertContentAt(at, content).run();
}

// --- Paste clean-up --------------------------------------------------------

// cleanPaste tidies HTML pasted from Google Docs and Word before the schema
// drops whatever it does not know: the Docs wrapper <b id="docs-internal-guid-…">
// whose normal weight would otherwise unbold everything, Word's mso- styles
// and Mso classes, its list bullets typed as text, and its XML bits.
function cleanPaste(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const unwrap = (node) => node.replaceWith(...node.childNodes);
  doc.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap);
  doc.querySelectorAll('style, meta, link, script, title, xml, o\\:p').forEach((n) => n.remove());
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((n) => n.remove());
  doc.querySelectorAll('[style]').forEach((n) => {
    const style = n.getAttribute('style');
    if (/mso-list:\s*ignore/i.test(style)) {
      n.remove();
      return;
    }
    const kept = style.split(';').filter((d) => d.trim() && !/^\s*mso-/i.test(d)).join(';');
    if (kept) n.setAttribute('style', kept);
    else n.removeAttribute('style');
  });
  doc.querySelectorAll('[class]').forEach((n) => {
    const kept = n.className.split(/\s+/).filter((c) => c && !/^mso/i.test(c)).join(' ');
    if (kept) n.className = kept;
    else n.removeAttribute('class');
  });
  const rename = (from, to) => doc.querySelectorAll(from).forEach((n) => {
    const r = doc.createElement(to);
    r.append(...n.childNodes);
    n.replaceWith(r);
  });
  rename('h1', 'h2');
  rename('h5, h6', 'h4');
  return doc.body.innerHTML;
}

// --- Toolbar ---------------------------------------------------------------

function buttonSpecs(labels, hasSearch) {
  const specs = [
    { key: 'paragraph', run: (c) => c.setParagraph(), active: (e) => e.isActive('paragraph') },
    { key: 'h2', run: (c) => c.toggleHeading({ level: 2 }), active: (e) => e.isActive('heading', { level: 2 }) },
    { key: 'h3', run: (c) => c.toggleHeading({ level: 3 }), active: (e) => e.isActive('heading', { level: 3 }) },
    { key: 'bold', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold'), cls: 'wt-btn-bold' },
    { key: 'italic', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic'), cls: 'wt-btn-italic' },
    { key: 'link', action: 'link', active: (e) => e.isActive('link') },
    { key: 'bulletList', run: (c) => c.toggleBulletList(), active: (e) => e.isActive('bulletList') },
    { key: 'orderedList', run: (c) => c.toggleOrderedList(), active: (e) => e.isActive('orderedList') },
    { key: 'blockquote', run: (c) => c.toggleBlockquote(), active: (e) => e.isActive('blockquote') },
    { key: 'undo', run: (c) => c.undo(), can: (e) => e.can().undo() },
    { key: 'redo', run: (c) => c.redo(), can: (e) => e.can().redo() },
    { key: 'embed', action: 'embed' },
  ];
  if (hasSearch) specs.push({ key: 'bacaJuga', action: 'bacaJuga', popup: true });
  return specs.map((s) => ({ ...s, text: labels[s.key], name: labels[s.key + 'Label'] || labels[s.key] }));
}

function buildToolbar(editor, labels, specs, actions, editorId) {
  const bar = el('div', { class: 'wt-toolbar', role: 'toolbar', 'aria-label': labels.toolbar, 'aria-controls': editorId });
  const buttons = specs.map((s, i) => {
    const b = el('button', {
      type: 'button',
      class: 'wt-btn' + (s.cls ? ' ' + s.cls : ''),
      'aria-label': s.name,
      title: s.name,
      tabindex: i === 0 ? '0' : '-1',
      'aria-haspopup': s.popup ? 'dialog' : null,
      'data-action': s.key,
      text: s.text,
    });
    // Keep the editor's focus and selection when a button is pressed.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => {
      if (s.action) actions[s.action]();
      else s.run(editor.chain().focus()).run();
    });
    bar.append(b);
    return b;
  });
  // One tab stop for the whole toolbar; arrows move between buttons.
  bar.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement);
    if (i < 0) return;
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % buttons.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = buttons.length - 1;
    if (j === null) return;
    e.preventDefault();
    buttons[i].tabIndex = -1;
    buttons[j].tabIndex = 0;
    buttons[j].focus();
  });
  bar.addEventListener('focusin', (e) => {
    if (!buttons.includes(e.target)) return;
    buttons.forEach((b) => { b.tabIndex = b === e.target ? 0 : -1; });
  });
  const refresh = () => {
    specs.forEach((s, i) => {
      if (s.active) buttons[i].setAttribute('aria-pressed', String(!!s.active(editor)));
      if (s.can) {
        const can = s.can(editor);
        buttons[i].setAttribute('aria-disabled', String(!can));
        buttons[i].classList.toggle('wt-btn-disabled', !can);
      }
    });
  };
  return { bar, refresh };
}

// --- Baca Juga search ------------------------------------------------------

function buildSearch(editor, labels, searchUrl) {
  const id = 'wt-bj-' + uid;
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

// --- Autosave --------------------------------------------------------------

function pad(n) {
  return String(n).padStart(2, '0');
}

function setupAutosave(form, sync, labels) {
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

// --- Counts ----------------------------------------------------------------

function setupCounts(scope, labels) {
  const words = scope.querySelector('[data-word-count]') || document.querySelector('[data-word-count]');
  const minutes = scope.querySelector('[data-reading-time]') || document.querySelector('[data-reading-time]');
  if (!words && !minutes) return () => {};
  return (text) => {
    const n = text.split(/\s+/).filter(Boolean).length;
    if (words) words.textContent = format(labels.words, { n });
    if (minutes) minutes.textContent = format(labels.readingTime, { n: Math.max(1, Math.ceil(n / WORDS_PER_MINUTE)) });
  };
}

// --- Mount -----------------------------------------------------------------

function readLabels(textarea) {
  const raw = textarea.getAttribute('data-labels');
  if (!raw) return { ...defaultLabels };
  try {
    const given = JSON.parse(raw);
    const out = { ...defaultLabels };
    for (const [k, v] of Object.entries(given || {})) {
      if (typeof v !== 'string') continue;
      out[k] = v;
      // A new visible text without its own accessible name is the name,
      // so what is read out always contains what is shown.
      if (defaultLabels[k + 'Label'] && typeof given[k + 'Label'] !== 'string') out[k + 'Label'] = v;
    }
    return out;
  } catch (e) {
    return { ...defaultLabels };
  }
}

function mount(textarea) {
  if (textarea.hasAttribute('data-editor-mounted')) return null;
  uid++;
  const labels = readLabels(textarea);
  const form = textarea.form || textarea.closest('form');
  const scope = form || document;
  const searchUrl = textarea.getAttribute('data-search-url');
  const editorId = 'wt-editor-' + uid;

  const area = el('div', { class: 'wt-area' });
  const wrapper = el('div', { class: 'wt-editor' });
  textarea.after(wrapper);

  // Name the editable region after the textarea's own <label>, if any.
  const labelEl = textarea.id ? document.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  if (labelEl && !labelEl.id) labelEl.id = editorId + '-label';

  const editor = new Editor({
    element: area,
    injectCSS: false,
    content: textarea.value,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          HTMLAttributes: { target: null, rel: null, class: null },
          isAllowedUri: (url) => safeHref(url),
        },
      }),
      BacaJuga.configure({ labels }),
      Embed.configure({ labels }),
      Preserved.configure({ labels }),
    ],
    editorProps: {
      attributes: {
        id: editorId,
        class: 'wt-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelEl ? { 'aria-labelledby': labelEl.id } : { 'aria-label': labels.editor }),
        ...(textarea.hasAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby') } : {}),
      },
      transformPastedHTML: cleanPaste,
    },
  });

  const sync = () => {
    textarea.value = serialise(editor);
  };
  const count = setupCounts(scope, labels);
  const markDirty = setupAutosave(form, sync, labels);

  const search = searchUrl ? buildSearch(editor, labels, searchUrl) : null;
  const actions = {
    link() {
      const prev = editor.getAttributes('link').href || '';
      const given = window.prompt(labels.linkPrompt, prev);
      if (given === null) return;
      if (given.trim() === '') {
        editor.chain().focus().extendMarkRange('link').unsetLink().run();
        return;
      }
      const href = normaliseHref(given);
      if (!href) {
        window.alert(labels.linkInvalid);
        editor.commands.focus();
        return;
      }
      const chain = editor.chain().focus().extendMarkRange('link');
      if (editor.state.selection.empty && !editor.isActive('link')) {
        chain.insertContent({ type: 'text', text: given.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
      } else {
        chain.setLink({ href }).run();
      }
    },
    embed() {
      const given = window.prompt(labels.embedPrompt, '');
      if (given === null || given.trim() === '') return;
      const p = embedProvider(given);
      if (!p) {
        window.alert(labels.embedInvalid);
        editor.commands.focus();
        return;
      }
      insertBlockAfterSelection(editor, { type: 'embed', attrs: { url: p.url } });
    },
    bacaJuga() {
      if (search) search.open();
    },
  };
  const toolbar = buildToolbar(editor, labels, buttonSpecs(labels, !!search), actions, editorId);
  wrapper.append(toolbar.bar);
  if (search) wrapper.append(search.panel);
  wrapper.append(area);

  editor.on('update', () => {
    sync();
    count(editor.getText({ blockSeparator: '\n' }));
    markDirty();
  });
  editor.on('transaction', toolbar.refresh);
  toolbar.refresh();
  count(editor.getText({ blockSeparator: '\n' }));

  // Other fields (title, dek, section) count as changes for autosave;
  // the editor's own controls do not.
  if (form) {
    const onField = (e) => {
      if (!wrapper.contains(e.target)) markDirty();
    };
    form.addEventListener('input', onField);
    form.addEventListener('change', onField);
    // The browser cannot focus a hidden required textarea; the server
    // checks the body anyway.
    textarea.removeAttribute('required');
  }
  if (labelEl) labelEl.addEventListener('click', () => editor.commands.focus());

  textarea.hidden = true;
  textarea.style.display = 'none';
  textarea.setAttribute('data-editor-mounted', '');
  wrapper.classList.add('wt-ready');
  return editor;
}

function start() {
  document.querySelectorAll('textarea[data-editor]').forEach(mount);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
