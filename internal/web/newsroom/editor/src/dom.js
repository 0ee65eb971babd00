// el builds an element from attributes and children; text goes in as
// text, never as HTML.
export function el(tag, props, children) {
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

// noSubmit stops Enter in the text fields under root from submitting the
// article form. Handlers still see the keydown; a browser may submit on
// the keypress that follows even when the keydown was cancelled (Chromium
// does for synthetic keys), so that is cancelled here too.
export function noSubmit(root) {
  root.addEventListener('keypress', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
  });
}
