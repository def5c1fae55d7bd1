import { reportPieces } from '../../web/explorer/reportText';

describe('reportPieces', () => {
  it('sets footnote markers apart and keeps the text around them', () => {
    expect(reportPieces('争取“两重”^{〔4〕}资金7')).toEqual([
      { text: '争取“两重”', footnote: false },
      { text: '〔4〕', footnote: true },
      { text: '资金7', footnote: false },
    ]);
  });

  it('removes the newlines a page break left inside a paragraph', () => {
    expect(reportPieces('入\n\n选全国“无废城市”')).toEqual([
      { text: '入选全国“无废城市”', footnote: false },
    ]);
  });

  it('reads a marker cut at either end of a context window as a footnote', () => {
    expect(reportPieces('4〕}资金^{〔1')).toEqual([
      { text: '4〕', footnote: true },
      { text: '资金', footnote: false },
      { text: '〔1', footnote: true },
    ]);
  });

  it('leaves braces that are no marker alone', () => {
    expect(reportPieces('a {b} c')).toEqual([{ text: 'a {b} c', footnote: false }]);
  });
});
