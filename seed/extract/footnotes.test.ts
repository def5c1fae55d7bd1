import { leshan, leshanText, sliceOf } from '../../tests/seed/leshan';
import { extractFootnoteMarkers } from './footnotes';
import { SourceText } from './sourceText';
import { extractStructure } from './structure';

describe('extractFootnoteMarkers on the Leshan report', () => {
  const markers = leshan.footnotes;

  it('finds 42 markers numbered 1 to 41, with 〔28〕 used twice', () => {
    expect(markers).toHaveLength(42);
    expect(markers.map((m) => m.ordinal)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(new Set(markers.map((m) => m.number))).toEqual(
      new Set(Array.from({ length: 41 }, (_, i) => i + 1)),
    );
    expect(markers.filter((m) => m.number === 28).map((m) => m.ordinal)).toEqual([27, 29]);
  });

  it('flags 〔27〕 after 〔28〕 as out of order and the second 〔28〕 as a duplicate', () => {
    expect(
      markers.filter((m) => m.anomaly !== 'none').map((m) => [m.ordinal, m.number, m.anomaly]),
    ).toEqual([
      [28, 27, 'out_of_order'],
      [29, 28, 'duplicate_number'],
    ]);
  });

  it('records each marker as written, where it is and in which paragraph', () => {
    const [first] = markers;
    expect(first).toMatchObject({ id: 'Footnote:leshan-2025:1', number: 1, marker: '^{〔1〕}' });
    expect(first.notation).toBe('superscript_tortoise_shell');
    expect(sliceOf(leshanText, first.start, first.end)).toBe('^{〔1〕}');
    expect(first.paragraphId).toBe('Paragraph:leshan-2025:6');
    const wuwai = markers[27];
    expect(sliceOf(leshanText, wuwai.start - 6, wuwai.end)).toBe('“五外”联动^{〔27〕}');
    expect(markers.every((m) => m.paragraphId !== null)).toBe(true);
  });
});

describe('extractFootnoteMarkers', () => {
  const markersIn = (text: string) => {
    const source = new SourceText(text);
    return extractFootnoteMarkers(source, 't', extractStructure(source, 't').paragraphs);
  };

  it('reads the notations of the genre', () => {
    const found = markersIn('甲〔1〕乙[2]丙^{[3]}丁③戊^{⑤}己㉑。');
    expect(found.map((m) => [m.number, m.notation])).toEqual([
      [1, 'tortoise_shell'],
      [2, 'square'],
      [3, 'superscript_square'],
      [3, 'circled'],
      [5, 'superscript_circled'],
      [21, 'circled'],
    ]);
    expect(found[3].anomaly).toBe('duplicate_number');
  });

  it('does not take the year of a document number for a marker', () => {
    expect(markersIn('按照川府发〔2024〕12号文件执行。')).toEqual([]);
  });
});

describe('extractFootnoteMarkers in the notations of other reports', () => {
  const markersIn = (text: string) => {
    const source = new SourceText(text);
    return extractFootnoteMarkers(source, 't', extractStructure(source, 't').paragraphs);
  };

  it('reads ⑴, superscript digits (^{N} and ¹²) and full-width [N] and 【N】', () => {
    const found = markersIn('甲⑴乙^{2}丙\u00B3丁\uFF3B4\uFF3D戊【5】己^{⑹}。');
    expect(found.map((m) => [m.number, m.notation, m.marker])).toEqual([
      [1, 'parenthesized', '⑴'],
      [2, 'superscript_digits', '^{2}'],
      [3, 'superscript_digits', '\u00B3'],
      [4, 'square', '\uFF3B4\uFF3D'],
      [5, 'lenticular', '【5】'],
      [6, 'superscript_parenthesized', '^{⑹}'],
    ]);
  });

  it('does not take a list number (…挑战:⑴…;⑵…) or an exponent (km²) for a marker', () => {
    const text = '面临挑战\uFF1A⑴投资不足\uFF1B⑵消费偏弱;③财政紧。\n\n①新建园区。面积3km\u00B2。';
    expect(markersIn(text)).toEqual([]);
  });

  it('reads a circled marker after a closing quote or a word', () => {
    const found = markersIn('坚持“工业强县”①,入选特色产业集群②,“井研柑橘”③获评。');
    expect(found.map((m) => m.number)).toEqual([1, 2, 3]);
  });
});
