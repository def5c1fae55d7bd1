import { leshan, leshanText, sliceOf } from '../../tests/seed/leshan';
import { divisionByName, divisionsNamedIn } from './gazetteer';
import { findMentions, type SurfaceForm } from './mentions';
import { SourceText } from './sourceText';

/** The gazetteer's surfaces that name a division in a report of 乐山市, as the build uses them. */
const formsIn = (source: SourceText): SurfaceForm[] =>
  [...divisionsNamedIn(source, divisionByName('乐山市'))].flatMap(([entityId, surfaces]) =>
    surfaces.map((surface) => ({ surface, entityId })),
  );
const forms = formsIn(leshan.source);
const mentions = findMentions(leshan.source, leshan.paragraphs, forms);
const surfacesOf = (id: string) => mentions.filter((m) => m.entityId === id).map((m) => m.surface);

describe('findMentions of the gazetteer in the Leshan report', () => {
  it('reads the typo 健为 as 犍为县 and 并研县 as 井研县', () => {
    expect(surfacesOf('AdminDivision:犍为县')).toEqual(['健为']);
    expect(surfacesOf('AdminDivision:井研县')).toEqual(['并研县']);
  });

  it('finds no mention of 峨眉山市: every 峨眉山 is the mountain', () => {
    expect(surfacesOf('AdminDivision:峨眉山市')).toEqual([]);
    expect(leshanText).toContain('峨眉山');
  });

  it('prefers the longest name, so 乐山高新区 is not a mention of 乐山市', () => {
    const zone = mentions.find((m) => m.entityId === 'AdminDivision:乐山高新区')!;
    expect(zone.surface).toBe('乐山高新区');
    expect(mentions.filter((m) => m.start === zone.start)).toHaveLength(1);
  });

  it('does not read 市中医医院 as 市中区', () => {
    const hospital = leshanText.indexOf('市中医医院');
    expect(mentions.some((m) => m.start <= hospital && hospital < m.end)).toBe(false);
    expect(surfacesOf('AdminDivision:市中区')).toHaveLength(4);
  });

  it('gives offsets whose slice is the surface, inside the paragraph', () => {
    for (const m of mentions) {
      expect(sliceOf(leshanText, m.start, m.end)).toBe(m.surface);
      const p = leshan.paragraphs.find((x) => x.id === m.targetId)!;
      expect(p.start <= m.start && m.end <= p.end).toBe(true);
    }
  });
});

describe('findMentions', () => {
  it('matches a name split by a page break and gives every owner of a shared surface a mention', () => {
    const source = new SourceText('去犍\n\n为。');
    const found = findMentions(
      source,
      [{ id: 'p', start: 0, end: 6 }],
      [
        { surface: '犍为', entityId: 'A' },
        { surface: '犍为', entityId: 'B' },
      ],
    );
    expect(found.map((m) => [m.entityId, m.surface, m.start, m.end])).toEqual([
      ['A', '犍\n\n为', 1, 5],
      ['B', '犍\n\n为', 1, 5],
    ]);
  });

  it('refuses a short form covered by a blocking word, even when that word is no entity', () => {
    const source = new SourceText('推动峨眉山旅游,对接眉山、内江,保护境内江河,建设峨眉山市。');
    const found = findMentions(
      source,
      [{ id: 'p', start: 0, end: source.length }],
      formsIn(source),
    );
    expect(found.map((m) => [m.entityId, m.surface])).toEqual([
      ['AdminDivision:眉山市', '眉山'],
      ['AdminDivision:内江市', '内江'],
      ['AdminDivision:峨眉山市', '峨眉山市'],
    ]);
  });

  it('finds no 眉山市 in the Leshan report, where every 眉山 is part of 峨眉山', () => {
    expect(leshanText).toContain('峨眉山');
    expect(surfacesOf('AdminDivision:眉山市')).toEqual([]);
    expect(surfacesOf('AdminDivision:成都市').length).toBeGreaterThan(0);
  });
});
