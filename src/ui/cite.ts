/**
 * Citations as plain text, Chicago notes style: a quotation with the analysis it comes from, the
 * footnote sources the analysis gives for it and a link to the feature; or the whole map view.
 */
import type { Quote, Source } from '../../geo/schema.ts';
import { ANALYSIS } from '../text/reference.ts';
import { formatDate } from './format.ts';

/** Tutku Dilaver, “One Year After the Liberation of Karabakh,” Center for Eurasian Studies (AVİM), Analysis No 2021/29, 12 November 2021, https://…. */
export function analysisNote(): string {
  return `${ANALYSIS.author}, “${ANALYSIS.title},” ${ANALYSIS.publisher}, ${ANALYSIS.series}, ${formatDate(ANALYSIS.date)}, ${ANALYSIS.url}.`;
}

const sourceNote = (n: number, s: Source | undefined) => (s ? `[${n}] ${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}, ${s.url}.` : `[${n}] (footnote missing)`);

export interface QuoteCitation {
  quote: Quote;
  sources: Map<number, Source>;
  featureName: string;
  /** A link that opens the feature (…#f=id). */
  link: string;
  /** The day the map was consulted, ISO. */
  accessed: string;
}

export function citeQuote(c: QuoteCitation): string {
  const lines = [`“${c.quote.text.replace(/\s+/g, ' ').trim()}”`, analysisNote()];
  if (c.quote.footnotes.length) lines.push(`The analysis’ footnote${c.quote.footnotes.length > 1 ? 's' : ''}: ${c.quote.footnotes.map((n) => sourceNote(n, c.sources.get(n))).join(' ')}`);
  else lines.push('The analysis gives no footnote for this passage.');
  if (c.quote.note) lines.push(`Note: ${c.quote.note}`);
  lines.push(`On the map: ${c.featureName}, “Karabakh, one year on” map explorer, accessed ${formatDate(c.accessed)}, ${c.link}.`);
  return lines.join('\n');
}

export interface ViewCitation {
  /** What the view shows, in words: e.g. ["date: 21 November 2020", "open: Aghdam district"]. */
  details: string[];
  link: string;
  accessed: string;
}

export function citeView(v: ViewCitation): string {
  const what = v.details.length ? ` (${v.details.join('; ')})` : '';
  return [`“Karabakh, one year on: a map of AVİM Analysis 2021/29,” map view${what}, accessed ${formatDate(v.accessed)}, ${v.link}.`, `Based on: ${analysisNote()}`].join('\n');
}
