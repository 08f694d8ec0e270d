/** Checks the text files: quotations against the analysis, footnotes, and the events' references. */
import type { AnalysisEvent, Quote, Source } from '../schema.ts';
import type { Problem } from './problem.ts';
import { analysisBody, normaliseForQuote } from './text.ts';

const QUOTES = 'data/quotes.json';
const SOURCES = 'data/sources.json';
const EVENTS = 'data/events.json';

const isList = (file: string, raw: unknown, out: Problem[]): raw is unknown[] => {
  if (Array.isArray(raw)) return true;
  out.push({ file, message: 'must be a JSON list' });
  return false;
};

export function checkSources(raw: unknown, out: Problem[]): Set<number> {
  const ns = new Set<number>();
  if (!isList(SOURCES, raw, out)) return ns;
  for (const s of raw as Partial<Source>[]) {
    const feature = `footnote ${s.n ?? '?'}`;
    if (typeof s.n !== 'number' || ns.has(s.n)) out.push({ file: SOURCES, feature, message: 'n must be a unique number' });
    else ns.add(s.n);
    if (!s.title || !s.publisher || typeof s.date !== 'string') out.push({ file: SOURCES, feature, message: 'needs title, publisher and date ("" when the footnote prints none)' });
    if (!s.url || !/^https?:\/\//.test(s.url)) out.push({ file: SOURCES, feature, message: `url must be an http(s) address (got ${JSON.stringify(s.url)})` });
  }
  return ns;
}

export function checkQuotes(raw: unknown, analysisMarkdown: string, footnotes: Set<number>, out: Problem[]): Set<string> {
  const ids = new Set<string>();
  if (!isList(QUOTES, raw, out)) return ids;
  const body = normaliseForQuote(analysisBody(analysisMarkdown));
  for (const q of raw as Partial<Quote>[]) {
    const feature = q.id ?? '(no id)';
    if (!q.id || ids.has(q.id)) out.push({ file: QUOTES, feature, message: 'id must be present and unique' });
    else ids.add(q.id);
    if (typeof q.text !== 'string' || !q.text.trim()) out.push({ file: QUOTES, feature, message: 'has no text' });
    else if (!body.includes(normaliseForQuote(q.text))) {
      out.push({ file: QUOTES, feature, message: `text is not found word for word in data/analysis.md: "${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}"` });
    }
    if (!Array.isArray(q.footnotes)) out.push({ file: QUOTES, feature, message: 'footnotes must be a list of numbers' });
    else for (const n of q.footnotes) if (!footnotes.has(n)) out.push({ file: QUOTES, feature, message: `unknown footnote ${n} (not in data/sources.json)` });
  }
  return ids;
}

export function checkEvents(raw: unknown, quoteIds: Set<string>, featureIds: Set<string>, out: Problem[]): void {
  if (!isList(EVENTS, raw, out)) return;
  for (const e of raw as Partial<AnalysisEvent>[]) {
    const feature = `${e.date ?? '?'} ${e.title ?? ''}`.trim();
    if (!e.date || !/^\d{4}-\d{2}(-\d{2})?$/.test(e.date)) out.push({ file: EVENTS, feature, message: 'date must be YYYY-MM-DD or YYYY-MM' });
    if (!e.title) out.push({ file: EVENTS, feature, message: 'has no title' });
    for (const q of e.quotes ?? []) if (!quoteIds.has(q)) out.push({ file: EVENTS, feature, message: `unknown quote id "${q}"` });
    for (const id of e.features ?? []) if (!featureIds.has(id)) out.push({ file: EVENTS, feature, message: `unknown feature id "${id}"` });
  }
}
