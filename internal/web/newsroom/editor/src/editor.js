// Warta's article editor: progressive enhancement of a server-rendered
// <textarea data-editor> into a Tiptap (ProseMirror) editor. Without
// JavaScript the textarea works as it is; with it, the textarea is hidden
// and always holds the editor's HTML, so a normal form POST carries it.
//
// The contract with the server (attributes, JSON shapes) is described in
// README.md beside this file.

import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { setupAutosave } from './autosave.js';
import { el } from './dom.js';
import { readLabels } from './labels.js';
import { embedProvider, linkDialog, safeHref } from './links.js';
import { buildMedia } from './media.js';
import { BacaJuga, Embed, Photo, Preserved, insertBlockAfterSelection, serialise } from './nodes.js';
import { setupWriting } from './writing.js';
import { cleanPaste } from './paste.js';
import { buildSearch } from './search.js';
import { buildToolbar, buttonSpecs } from './toolbar.js';

const WORDS_PER_MINUTE = 200;

let uid = 0;

// setupCounts keeps the page's word count and reading time up to date.
// The elements hold the bare numbers; the page writes the words around them.
function setupCounts(scope) {
  const words = scope.querySelector('[data-word-count]') || document.querySelector('[data-word-count]');
  const minutes = scope.querySelector('[data-reading-time]') || document.querySelector('[data-reading-time]');
  if (!words && !minutes) return () => {};
  return (text) => {
    const n = text.split(/\s+/).filter(Boolean).length;
    if (words) words.textContent = String(n);
    if (minutes) minutes.textContent = String(Math.max(1, Math.ceil(n / WORDS_PER_MINUTE)));
  };
}

function mount(textarea) {
  if (textarea.hasAttribute('data-editor-mounted')) return null;
  uid++;
  const labels = readLabels(textarea);
  const form = textarea.form || textarea.closest('form');
  const scope = form || document;
  const searchUrl = textarea.getAttribute('data-search-url');
  const mediaUrl = textarea.getAttribute('data-media-url');
  const editorId = 'wt-editor-' + uid;

  const area = el('div', { class: 'wt-area' });
  const wrapper = el('div', { class: 'wt-editor' });

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
      Photo.configure({ labels, replace: (pos) => media && media.replace(pos) }),
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
  const count = setupCounts(scope);
  const markDirty = setupAutosave(form, sync, (html) => {
    editor.commands.setContent(html, { emitUpdate: false });
    sync();
  });

  // media is assigned below; the photo view's replace button reaches it
  // only once the editor is running.
  // eslint-disable-next-line prefer-const
  let media = null;
  const search = searchUrl ? buildSearch(editor, labels, searchUrl, editorId + '-bj', form ? () => aboutArticle(form, textarea) : null) : null;
  media = mediaUrl ? buildMedia(editor, labels, mediaUrl, textarea.getAttribute('data-upload-url'), form, editorId + '-foto') : null;
  const links = linkDialog(editor, labels, editorId + '-link', el);
  const actions = {
    link() {
      if (search) search.hide();
      if (media) media.hide();
      links.open();
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
      links.hide();
      if (media) media.hide();
      if (search) search.open();
    },
    photo() {
      links.hide();
      if (search) search.hide();
      if (media) media.open();
    },
  };
  const toolbar = buildToolbar(editor, labels, buttonSpecs(labels, !!search, !!media), actions, editorId);
  wrapper.append(toolbar.bar, links.panel);
  if (search) wrapper.append(search.panel);
  if (media) wrapper.append(media.panel);
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

  textarea.after(wrapper);
  textarea.hidden = true;
  textarea.style.display = 'none';
  textarea.setAttribute('data-editor-mounted', '');
  wrapper.classList.add('wt-ready');
  return editor;
}

function start() {
  try {
    setupWriting(document);
  } catch (err) {
    console.error('warta writing aids:', err);
  }
  document.querySelectorAll('textarea[data-editor]').forEach((textarea) => {
    try {
      mount(textarea);
    } catch (err) {
      // The plain textarea stays in place and still works.
      console.error('warta editor:', err);
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

// aboutArticle is what Baca Juga suggestions go by: the title and topics
// as they stand in the form, its section, and the article itself to skip.
function aboutArticle(form, textarea) {
  const field = (name) => form.elements.namedItem(name);
  const words = [];
  const title = field('title');
  if (title && typeof title.value === 'string') words.push(title.value);
  const tags = field('tags');
  if (tags && tags.selectedOptions) {
    for (const opt of tags.selectedOptions) words.push(opt.textContent);
  }
  const about = words.join(' ').trim();
  if (!about) return null;
  const section = field('section');
  const id = textarea.getAttribute('data-article-id');
  return { about, section: section && section.value ? section.value : '', skip: /^[1-9]\d*$/.test(id || '') ? [id] : [] };
}
