// Warta's own Tiptap nodes: Baca Juga, embeds, and preserved blocks.

import { Node } from '@tiptap/core';
import { el } from './dom.js';
import { defaultLabels } from './labels.js';
import { embedProvider, safeHref } from './links.js';

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
