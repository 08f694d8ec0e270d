/** Checks the text files: quotations against the analysis, footnotes, and the events' references. */
import type { AnalysisEvent, Quote, Source } from '../schema.ts';
import type { Problem } from './problem.ts';
import { analysisBody, normaliseForQuote } from './text.ts';

const QUOTES = 'data/quotes.json';
const SOURCES = 'data/sources.json';
const EVENTS = 'data/events.json';

export function checkSources(sources: Source[], out: Problem[]): Set<number> {
  const ns = new Set<number>();
  for (const s of sources) {
    if (ns.has(s.n)) out.push({ file: SOURCES, feature: `footnote ${s.n}`, message: 'n must be a unique number' });
    ns.add(s.n);
  }
  return ns;
}

export function checkQuotes(quotes: Quote[], analysisMarkdown: string, footnotes: Set<string | number>, out: Problem[]): Set<string> {
  const ids = new Set<string>();
  const body = normaliseForQuote(analysisBody(analysisMarkdown));
  for (const q of quotes) {
    const say = (message: string) => out.push({ file: QUOTES, feature: q.id, message });
    if (ids.has(q.id)) say('id must be unique');
    ids.add(q.id);
    if (!body.includes(normaliseForQuote(q.text))) say(`text is not found word for word in data/analysis.md: "${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}"`);
    for (const n of q.footnotes) if (!footnotes.has(n)) say(`unknown footnote ${n} (not in data/sources.json)`);
  }
  return ids;
}

export function checkEvents(events: AnalysisEvent[], quoteIds: Set<string | number>, featureIds: Set<string | number>, out: Problem[]): void {
  for (const e of events) {
    const feature = `${e.date} ${e.title}`;
    for (const q of e.quotes) if (!quoteIds.has(q)) out.push({ file: EVENTS, feature, message: `unknown quote id "${q}"` });
    for (const id of e.features) if (!featureIds.has(id)) out.push({ file: EVENTS, feature, message: `unknown feature id "${id}"` });
  }
}
