import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { footnoteWithoutAddress, parseAnalysis } from '../../src/text/analysis.ts';
import { normaliseWithMap, segmentsOf } from '../../src/text/passages.ts';
import { splitMarkers } from '../../src/text/markers.ts';
import { ANALYSIS } from '../../src/text/reference.ts';
import { normaliseForQuote } from '../../geo/check/text.ts';
import type { Quote } from '../../geo/schema.ts';

const md = readFileSync('data/analysis.md', 'utf8');
const quotes = JSON.parse(readFileSync('data/quotes.json', 'utf8')) as Quote[];

describe('parseAnalysis', () => {
  const a = parseAnalysis(md);
  it('keeps the attribution of the front matter, and the reference constant agrees with it', () => {
    expect(a.front).toMatchObject(ANALYSIS);
  });
  it('reads headings, paragraphs and the 17 footnotes', () => {
    expect(a.blocks[0]).toEqual({ kind: 'heading', text: 'ONE YEAR AFTER THE LIBERATION OF KARABAKH' });
    expect(a.blocks.filter((b) => b.kind === 'footnote').map((b) => (b.kind === 'footnote' ? b.n : 0))).toEqual([...Array(17).keys()].map((i) => i + 1));
    expect(a.blocks.at(-1)).toEqual({ kind: 'paragraph', text: '© 2009-2024 Center for Eurasian Studies (AVİM) All Rights Reserved' });
  });
  it('refuses a file without its attribution, naming the file', () => {
    expect(() => parseAnalysis('no front matter')).toThrow('data/analysis.md: no front matter');
    expect(() => parseAnalysis('---\ntitle: "x"\n---\ntext')).toThrow('data/analysis.md: front matter lacks author, publisher, series, date, url, copyright');
  });
  it('strips the printed address from a footnote in either form', () => {
    expect(footnoteWithoutAddress('TRT World, 20 November 2020, <https://www.trtworld.com/x>.')).toBe('TRT World, 20 November 2020');
    expect(footnoteWithoutAddress('MoD, 8 November 2021, [https://mil.ru/a\\_b.jpg](https://mil.ru/a_b.jpg)')).toBe('MoD, 8 November 2021');
  });
});

describe('passages', () => {
  it('normalises exactly as the data check does, and maps back to the original', () => {
    const s = '  It is  known\n\nthat “x” – y ';
    const { norm, at } = normaliseWithMap(s);
    expect(norm).toBe(normaliseForQuote(s));
    expect([...norm].every((ch, i) => ch === ' ' || normaliseForQuote(s[at[i]!]!) === ch)).toBe(true);
  });
  it('finds every quotation in the paragraphs, verbatim, and nothing else is marked', () => {
    const paragraphs = parseAnalysis(md)
      .blocks.filter((b) => b.kind === 'paragraph')
      .map((b) => b.text);
    const found = new Map<string, string>();
    for (const p of paragraphs) {
      const segs = segmentsOf(p, quotes);
      expect(segs.map((s) => s.text).join('')).toBe(p); // nothing lost or repeated
      for (const q of quotes) {
        const text = segs
          .filter((s) => s.quotes.includes(q.id))
          .map((s) => s.text)
          .join('');
        if (text) found.set(q.id, text);
      }
    }
    for (const q of quotes) expect(normaliseForQuote(found.get(q.id) ?? ''), q.id).toBe(normaliseForQuote(q.text));
  });
  it('splits overlapping quotations into runs carrying both', () => {
    const segs = segmentsOf('One two three four.', [
      { id: 'a', text: 'two three' },
      { id: 'b', text: 'three four' },
    ]);
    expect(segs).toEqual([
      { text: 'One ', quotes: [] },
      { text: 'two ', quotes: ['a'] },
      { text: 'three', quotes: ['a', 'b'] },
      { text: ' four', quotes: ['b'] },
      { text: '.', quotes: [] },
    ]);
  });
  it('splits footnote markers out', () => {
    expect(splitMarkers('control[7]. Then[8]')).toEqual(['control', { n: 7 }, '. Then', { n: 8 }]);
  });
});
