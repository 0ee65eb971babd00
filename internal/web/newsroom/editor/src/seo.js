// The headline box and the SEO counters and previews.

import { format } from './labels.js';

// setupHeadline makes the headline textarea grow with its text and keeps
// it one line of text: Enter does not submit the form or break the line,
// and pasted line breaks become spaces.
export function setupHeadline(box) {
  const grow = () => {
    box.style.height = 'auto';
    box.style.height = box.scrollHeight + 2 + 'px';
  };
  box.rows = 1;
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') e.preventDefault();
  });
  box.addEventListener('input', () => {
    if (/[\r\n]/.test(box.value)) {
      const at = box.selectionStart;
      box.value = box.value.replace(/[\r\n]+/g, ' ');
      box.setSelectionRange(at, at);
    }
    grow();
  });
  window.addEventListener('resize', grow);
  grow();
}

const chars = (s) => [...s].length;

// setupSEO keeps the counters under the SEO fields and the search-result
// and link-card previews in step with the form. Like the public page's
// meta, each preview falls back to the headline and the dek when the SEO
// fields are empty.
export function setupSEO(form, box) {
  const field = (name) => form.querySelector(`[name="${name}"]`);
  const title = field('title');
  const dek = field('dek');
  const slug = field('slug');
  const seoTitle = field('seo_title');
  const seoDesc = field('seo_description');
  const site = box.getAttribute('data-site') || '';
  const part = (name) => box.querySelector(`[data-${name}]`);
  const serpURL = part('serp-url');
  const serpTitle = part('serp-title');
  const serpDesc = part('serp-desc');
  const cardTitle = part('card-title');
  const cardDesc = part('card-desc');
  const host = serpURL ? serpURL.textContent.split(' › ')[0] : '';
  const counters = [...form.querySelectorAll('[data-counter-for]')];

  const val = (el) => (el && typeof el.value === 'string' ? el.value.replace(/\s+/g, ' ').trim() : '');
  const refresh = () => {
    for (const c of counters) {
      const input = form.querySelector('#' + CSS.escape(c.getAttribute('data-counter-for')));
      const limit = Number(c.getAttribute('data-limit')) || 0;
      const n = input ? chars(val(input)) : 0;
      c.textContent = format(c.getAttribute('data-template') || '{n}', { n });
      c.classList.toggle('over', limit > 0 && n > limit);
    }
    const t = val(seoTitle) || val(title);
    const d = val(seoDesc) || val(dek);
    if (serpTitle) serpTitle.textContent = t ? `${t} - ${site}` : site;
    if (serpDesc) serpDesc.textContent = d;
    if (serpURL) serpURL.textContent = `${host} › ${val(slug) || '…'}`;
    if (cardTitle) cardTitle.textContent = t || site;
    if (cardDesc) cardDesc.textContent = d;
  };
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  refresh();
}
