// The writing aids around the body editor on the article page: the
// headline box, the SEO counters and previews, the featured-photo picker
// with its focal point, and tags added while writing. Each finds its
// server-rendered markup by a data- attribute and leaves the page as it
// is (and working, as a plain form) when that markup is missing.

import { setupFeatured } from './featured.js';
import { setupHeadline, setupSEO } from './seo.js';
import { setupTags } from './tags.js';

export function setupWriting(doc) {
  doc.querySelectorAll('textarea[data-headline]').forEach(setupHeadline);
  doc.querySelectorAll('[data-seo-preview]').forEach((box) => setupSEO(box.closest('form') || doc, box));
  doc.querySelectorAll('[data-featured]').forEach(setupFeatured);
  doc.querySelectorAll('[data-tag-add]').forEach(setupTags);
}
