// The featured-photo picker: a dialog with a grid of library thumbnails
// (search and pages) and, for the chosen photo, its focal point, set by a
// click on the picture, with the 16:9 and square crops it gives. The
// form's featured_media select stays the value the form posts.

import { el } from './dom.js';
import { format, readLabels } from './labels.js';
import { safeSrc } from './links.js';
import { sameOrigin } from './search.js';

const SEARCH_DELAY = 250;

// objectPosition mirrors media.ObjectPosition on the server: the CSS
// object-position (percent) that centres an aw:ah crop of a w×h picture
// on the focal point, kept inside the picture.
export function objectPosition(w, h, aw, ah, fx, fy) {
  if (!(w > 0 && h > 0)) return [50, 50];
  const clamp = (v) => Math.max(0, Math.min(1, Number.isFinite(v) ? v : 0.5));
  fx = clamp(fx);
  fy = clamp(fy);
  let cw = w;
  let ch = h;
  if (w * ah > h * aw) cw = Math.round((h * aw) / ah);
  else ch = Math.round((w * ah) / aw);
  const place = (c, n, size) => Math.max(0, Math.min(Math.round(c - n / 2), size - n));
  const pct = (start, slack) => (slack <= 0 ? 50 : Math.round((start * 1000) / slack) / 10);
  return [pct(place(fx * w, cw, w), w - cw), pct(place(fy * h, ch, h), h - ch)];
}

function item(r) {
  if (!r || !/^[1-9]\d*$/.test(String(r.id)) || !safeSrc(r.url)) return null;
  const text = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
  const num = (v, d) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : d);
  return {
    id: String(r.id), url: r.url, thumb: safeSrc(r.thumb) ? r.thumb : r.url,
    width: Number(r.width) || 0, height: Number(r.height) || 0,
    caption: text(r.caption), credit: text(r.credit), alt: text(r.alt),
    fx: num(r.focal_x, 0.5), fy: num(r.focal_y, 0.5), canFocus: r.can_focus === true,
  };
}

export function setupFeatured(box) {
  const form = box.closest('form');
  const select = box.querySelector('select[name="featured_media"]');
  const current = box.querySelector('[data-featured-current]');
  const pickURL = box.getAttribute('data-pick-url');
  const focusURL = box.getAttribute('data-focus-url') || '';
  if (!form || !select || !current || !pickURL || typeof HTMLDialogElement !== 'function') return;
  const labels = readLabels(box);
  const id = 'wt-featured';

  // The current choice, from the page or the grid.
  let chosen = null;
  if (current.getAttribute('data-id')) {
    chosen = item({ id: current.getAttribute('data-id'), url: current.getAttribute('data-src'), thumb: (current.querySelector('img') || {}).src,
      width: Number(current.getAttribute('data-width')), height: Number(current.getAttribute('data-height')),
      caption: (current.querySelector('[data-featured-caption]') || {}).textContent || '',
      focal_x: Number(current.getAttribute('data-focal-x')), focal_y: Number(current.getAttribute('data-focal-y')), can_focus: true });
  }

  const pick = el('button', { type: 'button', class: 'wt-btn wt-btn-primary', 'aria-haspopup': 'dialog', text: labels.featuredPick });
  const clear = el('button', { type: 'button', class: 'wt-btn', text: labels.featuredRemove });
  current.after(el('div', { class: 'wt-featured-actions' }, [pick, clear]));

  const q = el('input', { type: 'search', id: id + '-q', class: 'wt-featured-q', autocomplete: 'off' });
  const grid = el('ul', { class: 'wt-grid', id: id + '-grid', 'aria-label': labels.featuredDialog });
  const prev = el('button', { type: 'button', class: 'wt-btn', text: labels.featuredPrev });
  const next = el('button', { type: 'button', class: 'wt-btn', text: labels.featuredNext });
  const pageInfo = el('span', { class: 'wt-grid-page', 'aria-live': 'polite' });
  const status = el('p', { class: 'wt-search-status', role: 'status', 'aria-live': 'polite' });
  const focalImg = el('img', { class: 'wt-focal-img', alt: '' });
  const marker = el('span', { class: 'wt-focal-marker', 'aria-hidden': 'true' });
  const focalPad = el('button', { type: 'button', class: 'wt-focal-pad', 'aria-label': labels.focalTitle, 'aria-describedby': id + '-fhelp' }, [focalImg, marker]);
  const crop = (cls, label) => {
    const img = el('img', { alt: '' });
    return { img, box: el('figure', { class: 'wt-crop ' + cls }, [img, el('figcaption', { text: label })]) };
  };
  const wide = crop('wt-crop-wide', labels.crop169);
  const square = crop('wt-crop-square', labels.crop11);
  const focal = el('section', { class: 'wt-focal', 'aria-labelledby': id + '-ftitle', hidden: true }, [
    el('h3', { id: id + '-ftitle', class: 'wt-search-label', text: labels.focalTitle }),
    el('p', { id: id + '-fhelp', class: 'wt-focal-help', text: labels.focalHelp }),
    el('div', { class: 'wt-focal-row' }, [focalPad, el('div', { class: 'wt-crops' }, [wide.box, square.box])]),
  ]);
  const close = el('button', { type: 'button', class: 'wt-btn', text: labels.close });
  const dialog = el('dialog', { class: 'wt-dialog', 'aria-labelledby': id + '-title' }, [
    el('div', { class: 'wt-search-row' }, [el('h2', { id: id + '-title', class: 'wt-dialog-title', text: labels.featuredDialog }), close]),
    el('label', { for: q.id, class: 'wt-link-label', text: labels.featuredSearch }), q,
    grid,
    el('div', { class: 'wt-grid-pager' }, [prev, pageInfo, next]),
    focal,
    status,
  ]);
  document.body.append(dialog);

  const say = (text, failed) => {
    status.textContent = text || '';
    status.classList.toggle('wt-search-failed', !!failed);
  };

  // showChosen paints the card on the form, the focal editor and the crops.
  const showChosen = () => {
    if (!chosen) {
      current.replaceChildren(el('p', { class: 'muted', text: labels.featuredNone }));
      focal.hidden = true;
      const card = form.querySelector('[data-card-image]');
      if (card) card.replaceChildren(el('span', { class: 'social-noimg' }));
      return;
    }
    const [wx, wy] = objectPosition(chosen.width, chosen.height, 16, 9, chosen.fx, chosen.fy);
    const [sx, sy] = objectPosition(chosen.width, chosen.height, 1, 1, chosen.fx, chosen.fy);
    const thumb = el('img', { src: chosen.thumb, alt: chosen.alt, width: '120', height: '68' });
    thumb.style.objectPosition = `${wx}% ${wy}%`;
    const cap = el('p', {}, [el('span', { 'data-featured-caption': '', text: chosen.caption || chosen.alt || '#' + chosen.id }),
      ...(chosen.credit ? [' ', el('span', { class: 'muted', text: `(${chosen.credit})` })] : [])]);
    current.replaceChildren(thumb, cap);
    current.setAttribute('data-id', chosen.id);
    focalImg.src = chosen.url;
    marker.style.left = chosen.fx * 100 + '%';
    marker.style.top = chosen.fy * 100 + '%';
    wide.img.src = chosen.thumb;
    square.img.src = chosen.thumb;
    wide.img.style.objectPosition = `${wx}% ${wy}%`;
    square.img.style.objectPosition = `${sx}% ${sy}%`;
    focalPad.disabled = !chosen.canFocus;
    focal.hidden = false;
    // The link card preview shows the square crop, as a chat app would.
    const card = form.querySelector('[data-card-image]');
    if (card) {
      const img = el('img', { src: chosen.thumb, alt: '', width: '88', height: '88' });
      img.style.objectPosition = `${sx}% ${sy}%`;
      card.replaceChildren(img);
    }
  };

  const choose = (m) => {
    if (![...select.options].some((o) => o.value === m.id)) {
      select.add(new Option((m.caption || m.alt || '#' + m.id) + (m.credit ? ` (${m.credit})` : ''), m.id));
    }
    select.value = m.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    chosen = m;
    [...grid.children].forEach((li) => li.firstChild.setAttribute('aria-pressed', String(li.dataset.id === m.id)));
    showChosen();
    if (!m.canFocus) say(labels.focalNotAllowed);
  };

  let page = 1;
  let pages = 1;
  let seq = 0;
  let timer = 0;
  const load = () => {
    const url = sameOrigin(pickURL);
    if (!url) return;
    url.searchParams.set('q', q.value.trim());
    url.searchParams.set('page', String(page));
    const mine = ++seq;
    say(labels.searching);
    fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' } })
      .then((res) => {
        if (!res.ok) throw new Error('pick ' + res.status);
        return res.json();
      })
      .then((data) => {
        if (mine !== seq) return;
        const items = (data && Array.isArray(data.results) ? data.results : []).map(item).filter(Boolean).slice(0, 48);
        pages = Math.max(1, Number(data.pages) || 1);
        grid.replaceChildren(...items.map((m) => {
          const name = m.caption || m.alt || '#' + m.id;
          const b = el('button', { type: 'button', class: 'wt-grid-item', 'aria-pressed': String(!!chosen && chosen.id === m.id),
            'aria-label': format(labels.featuredChoose, { name }) }, [
            el('img', { src: m.thumb, alt: '', loading: 'lazy', decoding: 'async' }),
            el('span', { class: 'wt-grid-cap', text: name }),
          ]);
          b.addEventListener('click', () => choose(m));
          const li = el('li', {}, [b]);
          li.dataset.id = m.id;
          return li;
        }));
        prev.disabled = page <= 1;
        next.disabled = page >= pages;
        pageInfo.textContent = format(labels.featuredPage, { page, pages, total: Number(data.total) || 0 });
        say(items.length ? '' : labels.mediaNoResults);
      })
      .catch(() => {
        if (mine === seq) say(labels.searchFailed, true);
      });
  };

  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      page = 1;
      load();
    }, SEARCH_DELAY);
  });
  q.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') e.preventDefault();
  });
  prev.addEventListener('click', () => {
    if (page > 1) {
      page--;
      load();
    }
  });
  next.addEventListener('click', () => {
    if (page < pages) {
      page++;
      load();
    }
  });

  // A click on the picture sets the focal point, as fractions of its size.
  focalPad.addEventListener('click', (e) => {
    if (!chosen || !chosen.canFocus) return;
    const r = focalImg.getBoundingClientRect();
    let fx = 0.5;
    let fy = 0.5;
    if (e.detail > 0 && r.width > 0 && r.height > 0) {
      fx = Math.max(0, Math.min(1, (e.clientX - r.left) / r.width));
      fy = Math.max(0, Math.min(1, (e.clientY - r.top) / r.height));
    } else {
      return; // keyboard: arrows move the point instead
    }
    saveFocal(fx, fy);
  });
  // Arrow keys move the point by a tenth, for those not using a pointer.
  focalPad.addEventListener('keydown', (e) => {
    if (!chosen || !chosen.canFocus) return;
    const step = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[e.key];
    if (!step) return;
    e.preventDefault();
    const r1 = (v) => Math.round(Math.max(0, Math.min(1, v)) * 100) / 100;
    saveFocal(r1(chosen.fx + step[0]), r1(chosen.fy + step[1]));
  });
  let focalSeq = 0;
  const saveFocal = (fx, fy) => {
    const m = chosen;
    m.fx = Math.round(fx * 1000) / 1000;
    m.fy = Math.round(fy * 1000) / 1000;
    showChosen();
    const url = sameOrigin(focusURL.replace('{id}', encodeURIComponent(m.id)));
    const csrf = form.querySelector('input[name="csrf"]');
    if (!url) return;
    const mine = ++focalSeq;
    const body = new URLSearchParams({ x: String(m.fx), y: String(m.fy) });
    fetch(url.href, { method: 'POST', credentials: 'same-origin', body,
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-CSRF-Token': csrf ? csrf.value : '' } })
      .then((res) => res.json().then((data) => ({ ok: res.ok, data })))
      .then(({ ok, data }) => {
        if (mine !== focalSeq) return;
        if (!ok) {
          const msg = data && data.error && typeof data.error.message === 'string' ? data.error.message : labels.focalFailed;
          say(msg, true);
          return;
        }
        say(labels.focalSaved);
      })
      .catch(() => {
        if (mine === focalSeq) say(labels.focalFailed, true);
      });
  };

  pick.addEventListener('click', () => {
    dialog.showModal();
    showChosen();
    page = 1;
    load();
    q.focus();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => pick.focus());
  clear.addEventListener('click', () => {
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    chosen = null;
    current.removeAttribute('data-id');
    showChosen();
  });
  // A choice made in the plain select (or by the body's photo dialog)
  // shows in the card too, as far as the page knows it.
  select.addEventListener('change', () => {
    if (chosen && select.value === chosen.id) return;
    if (!select.value) {
      chosen = null;
      showChosen();
      return;
    }
    const opt = select.selectedOptions[0];
    current.replaceChildren(el('p', {}, [el('span', { 'data-featured-caption': '', text: opt ? opt.textContent : '#' + select.value })]));
    chosen = null;
    focal.hidden = true;
  });
}
