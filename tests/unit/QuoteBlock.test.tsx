// @vitest-environment jsdom
/**
 * Text from the data is text: a quotation, a footnote source and a record note full of markup stay
 * characters on screen, and a source address that is not http(s) never becomes a link. The schema
 * refuses such addresses at the boundary; this is the second lock, on the component itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QuoteBlock } from '../../src/ui/QuoteBlock.tsx';
import { isWebLink } from '../../src/ui/links.ts';
import type { Quote, Source } from '../../geo/schema.ts';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('isWebLink', () => {
  it('lets http and https addresses through, nothing else', () => {
    expect(isWebLink('https://avim.org.tr/en/Analiz/x')).toBe(true);
    expect(isWebLink('http://en.kremlin.ru/events/president/news/64384')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example',
      '/relative',
      '',
      'not a url',
    ]) {
      expect(isWebLink(bad), bad).toBe(false);
    }
  });
});

describe('QuoteBlock', () => {
  const quote: Quote = { id: 'q', text: `Before ${HOSTILE} after[3].`, footnotes: [3, 4], note: HOSTILE };
  const sources = new Map<number, Source>([
    [3, { n: 3, title: HOSTILE, publisher: HOSTILE, date: HOSTILE, url: 'javascript:window.__pwned=1', note: HOSTILE }],
    [4, { n: 4, title: 'Statement', publisher: 'Kremlin', date: '', url: 'data:text/html,<script>alert(1)</script>' }],
  ]);

  it('shows markup from the data as characters, and makes no element of it', () => {
    const { container } = render(<QuoteBlock quote={quote} sources={sources} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('blockquote').textContent).toBe(`Before ${HOSTILE} after[3].`);
    expect(container.textContent).toContain(`On the record: ${HOSTILE}`);
    // The only element inside the quotation is the footnote marker we make.
    expect([...container.querySelectorAll('blockquote *')].map((e) => e.tagName)).toEqual(['SUP']);
  });

  it('links no address that is not http(s)', () => {
    const { container } = render(<QuoteBlock quote={quote} sources={sources} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    const ok = new Map(sources).set(4, { ...sources.get(4)!, url: 'https://example.org/s' });
    cleanup();
    const again = render(<QuoteBlock quote={quote} sources={ok} />);
    expect([...again.container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/s']);
  });
});
