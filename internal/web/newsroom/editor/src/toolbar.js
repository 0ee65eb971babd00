// The toolbar: one tab stop, arrow keys between buttons, pressed and
// disabled states kept in step with the selection.

import { el } from './dom.js';

export function buttonSpecs(labels, hasSearch, hasMedia) {
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
  if (hasMedia) specs.push({ key: 'photo', action: 'photo', popup: true });
  if (hasSearch) specs.push({ key: 'bacaJuga', action: 'bacaJuga', popup: true });
  return specs.map((s) => ({ ...s, text: labels[s.key], name: labels[s.key + 'Label'] || labels[s.key] }));
}

export function buildToolbar(editor, labels, specs, actions, editorId) {
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
