import type { Evidence, Mention, SectionRef } from './api';
import { h } from './dom';
import { reportPieces } from './reportText';

/** Report text with its footnote markers as superscripts and page-break newlines gone. */
function reportText(raw: string): Node[] {
  return reportPieces(raw).map(({ text, footnote }) =>
    footnote ? h('sup', { class: 'footnote-marker' }, text) : document.createTextNode(text),
  );
}

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
    h('blockquote', { class: 'quote', lang: 'zh-Hans' }, ...reportText(evidence.quote)),
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
      ...reportText(before),
      h('mark', {}, mention.surface),
      ...reportText(after),
      to + context < text.length ? '…' : '',
    ),
    h(
      'figcaption',
      {},
      place(mention.paragraph.section, mention.paragraph.order, mention.start, mention.end),
    ),
  );
}
