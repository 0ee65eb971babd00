// The photo dialog: find a photo in the media library or upload a new one,
// insert it as a Photo node and, if asked, make it the featured photo.

import { el, noSubmit } from './dom.js';
import { safeSrc } from './links.js';
import { insertBlockAfterSelection, photoFromItem, replacePhoto } from './nodes.js';
import { sameOrigin, searchDialog } from './search.js';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

// mediaItem is a search or upload result made safe, or null to skip it.
function mediaItem(r) {
  if (!r || typeof r !== 'object' || !/^[1-9]\d*$/.test(String(r.id)) || !safeSrc(r.url)) return null;
  const text = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
  const size = (v) => (/^[1-9]\d{0,4}$/.test(String(v)) ? String(v) : null);
  return {
    id: String(r.id),
    url: r.url,
    thumb: safeSrc(r.thumb) ? r.thumb : r.url,
    width: size(r.width),
    height: size(r.height),
    caption: text(r.caption),
    credit: text(r.credit),
    alt: text(r.alt),
    // Variants are made in the background: until the item is ready there
    // is no thumbnail to show, only its state ("Diproses", "Gagal: …").
    ready: r.state === undefined || r.state === 'ready',
    stateLabel: text(r.state_label),
  };
}

// setFeatured makes m the form's featured photo, adding it to the select
// when the page did not list it, and tells the page (and autosave).
function setFeatured(field, m) {
  if (field.tagName === 'SELECT' && ![...field.options].some((op) => op.value === m.id)) {
    field.add(new Option((m.caption || m.alt || '#' + m.id) + (m.credit ? ` (${m.credit})` : ''), m.id));
  }
  field.value = m.id;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export function buildMedia(editor, labels, mediaUrl, uploadUrl, form, id) {
  const featured = form && form.querySelector('select[name="featured_media"], input[name="featured_media"]');
  const also = featured ? el('input', { type: 'checkbox', id: id + '-featured' }) : null;
  // replaceAt is the position of the photo being replaced, if any.
  let replaceAt = null;
  const insert = (m) => {
    if (replaceAt !== null) {
      const at = replaceAt;
      replaceAt = null;
      replacePhoto(editor, at, m);
      if (also && also.checked) setFeatured(featured, m);
      return;
    }
    insertBlockAfterSelection(editor, photoFromItem(m));
    if (also && also.checked) setFeatured(featured, m);
  };

  // The upload fields have no name, so the article form never posts them.
  const field = (key, input) => el('div', { class: 'wt-field' }, [el('label', { for: input.id, text: labels[key] }), input]);
  const text = (key) => el('input', { type: 'text', id: `${id}-${key}`, class: 'wt-search-input', autocomplete: 'off' });
  const file = el('input', { type: 'file', id: id + '-file', class: 'wt-file', accept: ACCEPT });
  const caption = text('caption');
  const credit = text('credit');
  const alt = text('alt');
  const send = el('button', { type: 'button', class: 'wt-btn wt-btn-primary', text: labels.upload });
  const progress = el('progress', { max: '100', value: '0', 'aria-label': labels.uploading, hidden: true });
  const box = uploadUrl ? el('div', { class: 'wt-media-upload', role: 'group', 'aria-labelledby': id + '-up' }, [
    el('span', { id: id + '-up', class: 'wt-search-label', text: labels.uploadTitle }),
    field('uploadFile', file), field('photoCaption', caption), field('photoCredit', credit), field('photoAlt', alt),
    el('div', { class: 'wt-search-row' }, [send, progress]),
  ]) : null;
  let xhr = null;

  const dialog = searchDialog(editor, labels, {
    id,
    url: mediaUrl,
    cls: 'wt-media',
    name: labels.photoLabel,
    label: labels.mediaSearchLabel,
    placeholder: labels.mediaPlaceholder,
    min: 0,
    empty: labels.mediaNoResults,
    max: 24,
    item: mediaItem,
    option: (m) => [
      m.ready
        ? el('img', { class: 'wt-option-img', src: m.thumb, alt: m.alt, width: m.width, height: m.height, loading: 'lazy', decoding: 'async' })
        : el('span', { class: 'wt-option-img wt-option-pending' }),
      el('span', { class: 'wt-option-text' }, [
        el('span', { class: 'wt-option-title', text: m.caption || labels.noCaption }),
        ...(m.credit ? [el('span', { class: 'wt-option-url', text: m.credit })] : []),
        ...(!m.ready && m.stateLabel ? [el('span', { class: 'wt-option-url wt-option-state', text: m.stateLabel })] : []),
      ]),
    ],
    choose: insert,
    body: (input, list) => [
      el('div', { class: 'wt-media-cols' }, [el('div', { class: 'wt-media-find' }, [input, list]), ...(box ? [box] : [])]),
      ...(also ? [el('label', { class: 'wt-check' }, [also, ' ' + labels.alsoFeatured])] : []),
    ],
    onHide: () => {
      if (xhr) xhr.abort();
    },
  });

  const busy = (on) => {
    send.setAttribute('aria-disabled', String(on));
    send.classList.toggle('wt-btn-disabled', on);
    progress.hidden = !on;
    progress.value = 0;
  };
  const answer = (req) => {
    let data = null;
    try {
      data = JSON.parse(req.responseText);
    } catch (e) {
      // not JSON: an error page
    }
    const errors = data && Array.isArray(data.errors) ? data.errors.filter((s) => typeof s === 'string' && s.trim()) : [];
    const item = req.status >= 200 && req.status < 300 && data && Array.isArray(data.uploaded)
      ? data.uploaded.map(mediaItem).filter(Boolean)[0] : null;
    if (!item) {
      dialog.say(errors.length ? errors.join('\n') : labels.uploadFailed, true);
      return;
    }
    [file, caption, credit, alt].forEach((i) => { i.value = ''; });
    if (errors.length) dialog.say(errors.join('\n'), true);
    else dialog.hide();
    insert(item);
  };
  const upload = () => {
    if (xhr) return;
    const f = file.files && file.files[0];
    const url = sameOrigin(uploadUrl);
    if (!f || !url) {
      dialog.say(f ? labels.uploadFailed : labels.uploadNoFile, true);
      if (!f) file.focus();
      return;
    }
    const body = new FormData();
    body.append('caption', caption.value.trim());
    body.append('credit', credit.value.trim());
    body.append('alt', alt.value.trim());
    body.append('file', f, f.name);
    const req = new XMLHttpRequest();
    xhr = req;
    const end = () => {
      xhr = null;
      busy(false);
    };
    req.open('POST', url.href);
    const csrf = form && form.querySelector('input[name="csrf"]');
    if (csrf) req.setRequestHeader('X-CSRF-Token', csrf.value);
    req.setRequestHeader('X-Requested-With', 'fetch');
    req.setRequestHeader('Accept', 'application/json');
    req.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) progress.value = Math.round((e.loaded * 100) / e.total);
    });
    req.addEventListener('load', () => {
      end();
      answer(req);
    });
    req.addEventListener('error', () => {
      end();
      dialog.say(labels.uploadFailed, true);
    });
    req.addEventListener('abort', end);
    busy(true);
    dialog.say(labels.uploading);
    req.send(body);
  };
  noSubmit(dialog.panel);
  send.addEventListener('click', upload);
  // Enter in a field uploads (or does nothing) instead of submitting the
  // article form; the search box handles its own Enter.
  dialog.panel.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.key !== 'Enter' || t.tagName !== 'INPUT' || t.type === 'search' || t.type === 'file') return;
    e.preventDefault();
    if (box && box.contains(t)) upload();
  });

  return {
    ...dialog,
    open() {
      if (also) also.checked = false;
      replaceAt = null;
      dialog.open();
    },
    // replace opens the dialog to swap the photo at pos.
    replace(pos) {
      if (also) also.checked = false;
      dialog.open();
      replaceAt = pos;
    },
  };
}
