import type { Evidence, Mention, SectionRef } from './api';
import { h } from './dom';

export function sectionText(section: SectionRef | null | undefined): string {
  if (!section) return 'outside the numbered sections';
  return section.title ? `${section.label} ${section.title}` : section.label;
}

/** Where words stand in the report: section, paragraph and code-point offsets. */
export function place(
  section: SectionRef | null | undefined,
  paragraphOrder: number | null | undefined,
  start: number,
  end: number,
): HTMLElement {
  return h(
    'div',
    { class: 'place' },
    h('span', { class: 'section-label' }, sectionText(section)),
    paragraphOrder ? ` · ¶${paragraphOrder}` : '',
    ` · chars ${start}–${end}`,
  );
}

export function evidenceBlock(evidence: Evidence | null): HTMLElement {
  if (!evidence) return h('p', { class: 'no-evidence' }, 'No quote: a gazetteer fact.');
  return h(
    'figure',
    { class: 'evidence' },
    h('blockquote', { class: 'quote', lang: 'zh-Hans' }, evidence.quote),
    h(
      'figcaption',
      {},
      place(evidence.paragraph?.section, evidence.paragraph?.order, evidence.start, evidence.end),
    ),
  );
}

/** A mention in its context: a few characters either side, the surface marked. */
export function mentionBlock(mention: Mention, context = 18): HTMLElement {
  const text = Array.from(mention.paragraph.text);
  const from = mention.start - mention.paragraph.start;
  const to = mention.end - mention.paragraph.start;
  const before = text.slice(Math.max(0, from - context), from).join('');
  const after = text.slice(to, to + context).join('');
  return h(
    'figure',
    { class: 'evidence mention' },
    h(
      'blockquote',
      { class: 'quote', lang: 'zh-Hans' },
      from > context ? '…' : '',
      before,
      h('mark', {}, mention.surface),
      after,
      to + context < text.length ? '…' : '',
    ),
    h(
      'figcaption',
      {},
      place(mention.paragraph.section, mention.paragraph.order, mention.start, mention.end),
    ),
  );
}
