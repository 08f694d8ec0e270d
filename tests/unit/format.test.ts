import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format.ts';
import { formatValue } from '../../src/ui/compareColumns.ts';
import { opening } from '../../src/ui/excerpt.ts';
import { excerpt, linkNoticeText } from '../../src/ui/linkNoticeText.ts';

describe('formatDate', () => {
  it('names the month of the date, without shifting it', () => {
    expect(formatDate('2020-11-20')).toBe('20 November 2020');
    expect(formatDate('2020-01-01')).toBe('1 January 2020');
    expect(formatDate('2020-12-31')).toBe('31 December 2020');
    expect(formatDate('2021-07')).toBe('July 2021');
  });
  it('gives back what it cannot read', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatValue', () => {
  it('rounds to the column digits and shows a missing figure as a dash', () => {
    expect(formatValue(12.345, 1)).toBe('12.3');
    expect(formatValue(3, 0)).toBe('3');
    expect(formatValue(0, 1)).toBe('0.0');
    expect(formatValue(null, 1)).toBe('—');
  });
});

describe('opening (the popup excerpt)', () => {
  const long = 'First sentence is here.[3] Second one follows, and it goes on. ' + 'Third sentence is a long one that runs past the limit by far, '.repeat(5);
  it('keeps short quotations whole', () => {
    expect(opening('Short.')).toEqual({ text: 'Short.', cut: false });
  });
  it('cuts at a sentence end, footnote marker included, and is a prefix of the text', () => {
    const o = opening(long, 80);
    expect(o).toEqual({ text: 'First sentence is here.[3] Second one follows, and it goes on.', cut: true });
    expect(long.startsWith(o.text)).toBe(true);
  });
  it('cuts a single long sentence at a word, with an ellipsis', () => {
    const o = opening('word '.repeat(100), 50);
    expect(o.text.endsWith('…')).toBe(true);
    expect(o.text.length).toBeLessThanOrEqual(51);
  });
});

describe('the link notice', () => {
  it('says exactly what was left out', () => {
    expect(linkNoticeText([{ param: 'layers', what: 'layer', values: ['district-operation'], note: 'the default layers are shown' }])).toBe(
      'Left out of this link: unknown layer “district-operation”, so the default layers are shown.',
    );
    expect(
      linkNoticeText([
        { param: 'f', what: 'feature', values: ['atlantis'] },
        { param: 'compare', what: 'route', values: ['a', 'b'] },
      ]),
    ).toBe('Left out of this link: unknown feature “atlantis”; unknown routes “a”, “b”.');
  });
  it('stays short for a thousand unknown ids, and quotes only short, clean excerpts', () => {
    const values = Array.from({ length: 1000 }, (_, i) => `<img src=x onerror=alert(${i})>${'x'.repeat(100)}`);
    const text = linkNoticeText([{ param: 'layers', what: 'layer', values }]);
    expect(text.length).toBeLessThan(140);
    expect(text).toContain('1,000 unknown layers');
    expect(text).toContain('998 more');
    expect(excerpt('a\u0000b\u202ec')).toBe('“abc”');
  });
});
