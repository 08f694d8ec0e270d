import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisNote, citeQuote, citeView } from '../../src/ui/cite.ts';
import type { Quote, Source } from '../../geo/schema.ts';

const quotes = JSON.parse(readFileSync('data/quotes.json', 'utf8')) as Quote[];
const sources = new Map((JSON.parse(readFileSync('data/sources.json', 'utf8')) as Source[]).map((s) => [s.n, s]));
const quote = (id: string) => quotes.find((q) => q.id === id)!;

describe('citations', () => {
  it('names the analysis in Chicago note form', () => {
    expect(analysisNote()).toBe(
      'Tutku Dilaver, “One Year After the Liberation of Karabakh,” Center for Eurasian Studies (AVİM), Analysis No 2021/29, 12 November 2021, https://avim.org.tr/en/Analiz/ONE-YEAR-AFTER-THE-LIBERATION-OF-KARABAKH.',
    );
  });

  it('cites a quotation with its footnote source, the record note and a link to the feature', () => {
    const text = citeQuote({ quote: quote('q-aghdam-handover'), sources, featureName: 'Aghdam district', link: 'http://127.0.0.1/#f=aghdam', accessed: '2026-12-02' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(`“${quote('q-aghdam-handover').text}”`);
    expect(lines[1]).toBe(analysisNote());
    expect(lines[2]).toBe(
      'The analysis’ footnote: [7] Nagorno-Karabakh: Azerbaijan enters Aghdam district handed over by Armenia, TRT World, 20 November 2020, https://www.trtworld.com/asia/nagorno-karabakh-azerbaijan-enters-aghdam-district-handed-over-by-armenia-41639.',
    );
    expect(lines.at(-1)).toBe('On the map: Aghdam district, “Karabakh, one year on” map explorer, accessed 2 December 2026, http://127.0.0.1/#f=aghdam.');
  });

  it('says when the analysis gives no footnote', () => {
    const text = citeQuote({ quote: quote('q-seven-regions'), sources, featureName: 'Shusha district', link: 'x', accessed: '2026-12-02' });
    expect(text).toContain('The analysis gives no footnote for this passage.');
  });

  it('cites the view with what it shows', () => {
    expect(citeView({ details: ['map as of 21 November 2020', 'layers: A, B'], link: 'http://h/#date=2020-11-21', accessed: '2026-12-02' })).toBe(
      `“Karabakh, one year on: a map of AVİM Analysis 2021/29,” map view (map as of 21 November 2020; layers: A, B), accessed 2 December 2026, http://h/#date=2020-11-21.\nBased on: ${analysisNote()}`,
    );
  });
});
