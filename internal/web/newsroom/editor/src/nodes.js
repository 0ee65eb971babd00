// Warta's own Tiptap nodes: Baca Juga, embeds, photos and preserved blocks.

import { Node } from '@tiptap/core';
import { el, noSubmit } from './dom.js';
import { defaultLabels } from './labels.js';
import { embedProvider, safeHref, safeSrc } from './links.js';

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

// thumb shows a small preview of src at the start of a card, when src is a
// safe image address.
function thumb(c, src) {
  const old = c.dom.querySelector('.wt-card-img');
  if (old && old.getAttribute('src') === src) return;
  if (old) old.remove();
  if (safeSrc(src)) c.dom.insertBefore(el('img', { class: 'wt-card-img', src, alt: '', loading: 'lazy' }), c.label);
}

function clip(text) {
  return text.length > 140 ? text.slice(0, 140) + '…' : text;
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
export const BacaJuga = Node.create({
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
export const Embed = Node.create({
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

// Photo is a picture from the media library:
// <figure class="image" data-media-id="ID"><img src="URL" alt="ALT" width="W" height="H">
// <figcaption>CAPTION <span class="credit">CREDIT</span></figcaption></figure>
// (no span without a credit, no figcaption without either). A figure with
// anything more (other classes, links, markup in the caption) is Preserved
// instead, so nothing in it is lost.
const tidy = (s) => s.replace(/\s+/g, ' ').trim();

function photoAttrs(dom) {
  const id = (dom.getAttribute('data-media-id') || '').trim();
  const [img, cap, ...rest] = dom.children;
  if (!/^[1-9]\d*$/.test(id) || dom.className.trim() !== 'image' || rest.length
    || !img || img.tagName !== 'IMG' || !safeSrc(img.getAttribute('src'))
    || (cap && cap.tagName !== 'FIGCAPTION')
    || [...dom.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim())) return false;
  let caption = '';
  let credit = '';
  if (cap) {
    const [span, ...more] = cap.children;
    if (more.length || (span && (span.tagName !== 'SPAN' || span.className !== 'credit' || span.children.length))) return false;
    caption = [...cap.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');
    credit = span ? span.textContent : '';
  }
  const size = (name) => {
    const v = (img.getAttribute(name) || '').trim();
    return /^[1-9]\d{0,4}$/.test(v) ? v : null;
  };
  return { id, src: img.getAttribute('src'), alt: img.getAttribute('alt'), width: size('width'), height: size('height'), caption: tidy(caption), credit: tidy(credit) };
}

export const Photo = Node.create({
  name: 'photo',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  // replace(pos) opens the photo dialog to swap the picture at pos.
  addOptions: () => ({ labels: defaultLabels, replace: null }),
  addAttributes: () => ({
    id: { default: null, rendered: false },
    src: { default: '', rendered: false },
    alt: { default: null, rendered: false },
    width: { default: null, rendered: false },
    height: { default: null, rendered: false },
    caption: { default: '', rendered: false },
    credit: { default: '', rendered: false },
  }),
  parseHTML: () => [{ tag: 'figure.image[data-media-id]', priority: 60, getAttrs: photoAttrs }],
  // Text goes into the DOM as text nodes, so it is escaped when serialised.
  renderHTML: ({ node }) => {
    const a = node.attrs;
    const fig = ['figure', { class: 'image', 'data-media-id': String(a.id) },
      ['img', { src: a.src, alt: a.alt, width: a.width, height: a.height }]];
    if (a.caption || a.credit) {
      const cap = ['figcaption'];
      if (a.caption) cap.push(a.credit ? a.caption + ' ' : a.caption);
      if (a.credit) cap.push(['span', { class: 'credit' }, a.credit]);
      fig.push(cap);
    }
    return fig;
  },
  addNodeView() {
    return photoView(this.editor, this.options.labels, this.options.replace);
  },
});

// photoView shows a photo as the reader will see it: the picture, and
// under it its caption and credit, edited in place, with the alt text,
// a replace and a remove button. The fields are the editor's own
// controls: ProseMirror leaves their events alone, and each change is one
// transaction on the node's attributes, so undo and autosave see it.
function photoView(editor, labels, replace) {
  return ({ node, getPos }) => {
    const id = 'wt-photo-' + Math.random().toString(36).slice(2, 9);
    const img = el('img', { class: 'wt-photo-img', alt: '' });
    const field = (key, cls, label) => {
      const input = el('input', { type: 'text', id: `${id}-${key}`, class: 'wt-photo-input ' + cls, placeholder: label, 'aria-label': label,
        autocomplete: 'off', maxlength: '1000', 'data-photo-field': key });
      return input;
    };
    const caption = field('caption', 'wt-photo-caption', labels.photoCaption);
    const credit = field('credit', 'wt-photo-credit', labels.photoCredit);
    const alt = field('alt', 'wt-photo-alt', labels.photoAlt);
    const altWarn = el('span', { class: 'wt-card-warn', text: labels.noAlt });
    const replaceBtn = el('button', { type: 'button', class: 'wt-btn wt-photo-replace', text: labels.photoReplace });
    const removeBtn = el('button', { type: 'button', class: 'wt-btn wt-photo-remove', text: labels.remove, 'aria-label': labels.photoRemove });
    const dom = el('figure', { class: 'wt-photo', contenteditable: 'false', role: 'group', 'aria-label': labels.photo }, [
      el('div', { class: 'wt-photo-frame' }, [img, el('div', { class: 'wt-photo-tools' }, [...(replace ? [replaceBtn] : []), removeBtn])]),
      el('figcaption', { class: 'wt-photo-cap' }, [caption, credit]),
      el('div', { class: 'wt-photo-altrow' }, [el('label', { for: alt.id, class: 'wt-photo-altlabel', text: labels.photoAlt }), alt, altWarn]),
    ]);
    const pos = () => (typeof getPos === 'function' ? getPos() : undefined);
    const paint = () => {
      const a = node.attrs;
      if (safeSrc(a.src) && img.getAttribute('src') !== a.src) img.setAttribute('src', a.src);
      if (a.width) img.setAttribute('width', a.width);
      if (a.height) img.setAttribute('height', a.height);
      img.setAttribute('alt', a.alt || '');
      for (const [input, v] of [[caption, a.caption], [credit, a.credit], [alt, a.alt || '']]) {
        if (document.activeElement !== input && input.value !== v) input.value = v;
      }
      altWarn.hidden = !!(a.alt && a.alt.trim());
    };
    const set = (key, value) => {
      const at = pos();
      if (typeof at !== 'number') return;
      const cur = editor.state.doc.nodeAt(at);
      if (!cur || cur.attrs[key] === value) return;
      editor.view.dispatch(editor.state.tr.setNodeMarkup(at, undefined, { ...cur.attrs, [key]: value }));
    };
    for (const [input, key] of [[caption, 'caption'], [credit, 'credit'], [alt, 'alt']]) {
      input.addEventListener('input', () => set(key, input.value.replace(/\s+/g, ' ')));
      input.addEventListener('change', () => set(key, tidy(input.value)));
      // Enter leaves the field for the text after the photo rather than
      // submitting the article form.
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        set(key, tidy(input.value));
        const at = pos();
        if (typeof at === 'number') editor.chain().focus().setTextSelection(Math.min(at + node.nodeSize, editor.state.doc.content.size)).run();
      });
    }
    removeBtn.addEventListener('click', (e) => {
      e.preventDefault();
      const at = pos();
      if (typeof at === 'number') editor.chain().focus().deleteRange({ from: at, to: at + node.nodeSize }).run();
    });
    replaceBtn.addEventListener('click', (e) => {
      e.preventDefault();
      const at = pos();
      if (typeof at === 'number' && replace) replace(at);
    });
    noSubmit(dom);
    paint();
    return {
      dom,
      update(next) {
        if (next.type !== node.type) return false;
        node = next;
        paint();
        return true;
      },
      // The fields and buttons are ours; the rest of the figure drags and
      // selects the node as before.
      stopEvent: (event) => {
        const t = event.target;
        return t instanceof Element && !!t.closest('input, button, label');
      },
      ignoreMutation: () => true,
    };
  };
}

// replacePhoto swaps the photo at pos for a library item, with that
// item's caption, credit and alt text: the old ones described the old
// picture.
export function replacePhoto(editor, pos, m) {
  const cur = editor.state.doc.nodeAt(pos);
  if (!cur || cur.type.name !== 'photo') return;
  editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, photoFromItem(m).attrs));
}

// photoFromItem is the Photo node for a media library item (see media.js).
export function photoFromItem(m) {
  return { type: 'photo', attrs: { id: m.id, src: m.url, alt: m.alt, width: m.width, height: m.height, caption: m.caption, credit: m.credit } };
}

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

export const Preserved = Node.create({
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
    c.body.textContent = clip(text);
    thumb(c, img && img.getAttribute('src'));
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
export function serialise(editor) {
  if (editor.isEmpty) return '';
  return editor.getHTML()
    .replace(new RegExp(`<div ${RAW_ATTR}="([^"]*)"></div>`, 'g'), (m, v) => decodeAttr(v))
    .replace(/(<p><\/p>)+$/, '');
}

// insertBlockAfterSelection puts a card after the top-level block holding
// the selection (or in place of it when it is an empty paragraph), so it
// neither splits a paragraph nor replaces text selected a moment ago.
export function insertBlockAfterSelection(editor, content) {
  const { selection } = editor.state;
  const $to = selection.$to;
  let at = selection.to;
  if ($to.depth >= 1) {
    const top = $to.node(1);
    at = top.isTextblock && top.content.size === 0 ? { from: $to.before(1), to: $to.after(1) } : $to.after(1);
  }
  editor.chain().focus().insertContentAt(at, content).run();
}
