// cleanPaste tidies HTML pasted from Google Docs and Word before the schema
// drops whatever it does not know: the Docs wrapper <b id="docs-internal-guid-…">
// whose normal weight would otherwise unbold everything, Word's mso- styles
// and Mso classes, its list bullets typed as text, and its XML bits.
export function cleanPaste(html) {
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
