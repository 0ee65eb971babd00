// URL checks shared by links, embeds, photos and search results, and
// the link dialog.

import { noSubmit } from './dom.js';

// safeHref reports whether href may be a link: http, https, mailto or a
// relative URL. The URL parser removes the tabs and control characters a
// browser would ignore, so "java\tscript:" is caught too.
export function safeHref(href) {
  if (typeof href !== 'string' || href.trim() === '') return false;
  try {
    const u = new URL(href, 'https://warta.invalid/');
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch (e) {
    return false;
  }
}

// safeSrc reports whether src may be an image address: safeHref without
// mailto.
export function safeSrc(src) {
  return safeHref(src) && new URL(src, 'https://warta.invalid/').protocol !== 'mailto:';
}

// normaliseHref turns what a person types into a link target:
// "kompas.id/x" becomes "https://kompas.id/x" and "a@b.id" a mailto link;
// a relative link must start with /, #, ? or a dot, so stray words are not
// taken for one. Anything else gives null.
export function normaliseHref(input) {
  let href = input.trim();
  if (href === '' || /\s/.test(href)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[/#?.]/.test(href)) {
    if (!/^[^/]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(href)) return null;
    href = (href.includes('@') && !href.includes('/') ? 'mailto:' : 'https://') + href;
  }
  return safeHref(href) ? href : null;
}

// embedProvider returns the provider name and the canonical URL of a
// YouTube, X/Twitter or Instagram post, or null for anything else. The URL
// is rebuilt from its parts (https, canonical host, no tracking query), so
// it always passes the server's embed allowlist.
export function embedProvider(input) {
  let u;
  try {
    u = new URL(String(input).trim());
  } catch (e) {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password || (u.port && u.port !== '443' && u.port !== '80')) return null;
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  const start = /^\d{1,6}s?$/.test(u.searchParams.get('t') || '') ? '&t=' + u.searchParams.get('t') : '';
  let m;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const v = u.searchParams.get('v') || '';
    if (path === '/watch' && /^[\w-]{6,20}$/.test(v)) return { name: 'YouTube', url: `https://www.youtube.com/watch?v=${v}${start}` };
    if ((m = path.match(/^\/(shorts|live|embed)\/([\w-]{6,20})$/))) {
      const kind = m[1] === 'embed' ? null : m[1];
      return { name: 'YouTube', url: kind ? `https://www.youtube.com/${kind}/${m[2]}` : `https://www.youtube.com/watch?v=${m[2]}${start}` };
    }
  } else if (host === 'youtu.be') {
    if ((m = path.match(/^\/([\w-]{6,20})$/))) return { name: 'YouTube', url: `https://www.youtube.com/watch?v=${m[1]}${start}` };
  } else if (host === 'x.com' || host === 'twitter.com') {
    if ((m = path.match(/^\/(\w{1,15})\/status(?:es)?\/(\d{1,25})(?:\/(?:photo|video)\/\d)?$/))) return { name: 'X', url: `https://x.com/${m[1]}/status/${m[2]}` };
  } else if (host === 'instagram.com') {
    if ((m = path.match(/^\/(p|reel|reels|tv)\/([\w-]{1,64})$/))) return { name: 'Instagram', url: `https://www.instagram.com/${m[1] === 'reels' ? 'reel' : m[1]}/${m[2]}/` };
  }
  return null;
}

// linkDialog is the link editor: a URL field checked as it is applied
// (http, https, mailto or relative, see normaliseHref), an "open in a new
// tab" box, and buttons to apply, remove the link or cancel. It is a
// non-modal panel above the text: Enter applies, Escape cancels, and focus
// goes back to the text either way.
export function linkDialog(editor, labels, id, el) {
  const url = el('input', { type: 'text', id: id + '-url', class: 'wt-link-url', autocomplete: 'off', spellcheck: 'false',
    inputmode: 'url', 'aria-describedby': id + '-msg' });
  const newTab = el('input', { type: 'checkbox', id: id + '-tab' });
  const msg = el('p', { id: id + '-msg', class: 'wt-search-status', role: 'status', 'aria-live': 'polite' });
  const apply = el('button', { type: 'button', class: 'wt-btn wt-btn-primary', text: labels.linkApply });
  const remove = el('button', { type: 'button', class: 'wt-btn', text: labels.linkRemove });
  const cancel = el('button', { type: 'button', class: 'wt-btn', text: labels.cancel });
  const panel = el('div', { class: 'wt-search wt-link', role: 'dialog', 'aria-labelledby': id + '-title', hidden: true }, [
    el('div', { class: 'wt-search-row' }, [el('span', { id: id + '-title', class: 'wt-search-label', text: labels.linkDialog })]),
    el('label', { for: url.id, class: 'wt-link-label', text: labels.linkUrl }), url,
    el('label', { class: 'wt-check' }, [newTab, ' ' + labels.linkNewTab]),
    el('div', { class: 'wt-link-actions' }, [apply, remove, cancel]),
    msg,
  ]);

  const say = (text, failed) => {
    msg.textContent = text;
    msg.classList.toggle('wt-search-failed', !!failed);
    url.setAttribute('aria-invalid', String(!!failed));
  };
  const hide = () => {
    panel.hidden = true;
    editor.commands.focus();
  };
  const open = () => {
    const attrs = editor.getAttributes('link');
    url.value = attrs.href || '';
    newTab.checked = attrs.target === '_blank';
    remove.hidden = !editor.isActive('link');
    say('');
    panel.hidden = false;
    url.focus();
    url.select();
  };
  const commit = () => {
    const given = url.value.trim();
    if (given === '') {
      say(labels.linkInvalid, true);
      url.focus();
      return;
    }
    const href = normaliseHref(given);
    if (!href) {
      say(labels.linkInvalid, true);
      url.focus();
      return;
    }
    const attrs = { href, target: newTab.checked ? '_blank' : null, rel: newTab.checked ? 'noopener' : null };
    panel.hidden = true;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: given, marks: [{ type: 'link', attrs }] }).run();
    } else {
      chain.setLink(attrs).run();
    }
  };
  noSubmit(panel);
  apply.addEventListener('click', commit);
  remove.addEventListener('click', () => {
    panel.hidden = true;
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
  });
  cancel.addEventListener('click', hide);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      hide();
    } else if (e.key === 'Enter' && e.target.tagName === 'INPUT') {
      e.preventDefault(); // not the article form's submit
      commit();
    }
  });
  return { panel, open, hide: () => { panel.hidden = true; } };
}
