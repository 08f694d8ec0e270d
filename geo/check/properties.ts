/** What the schema cannot say alone: quote ids that exist, and a quotation for everything the analysis names. */
import type { AnyFeature } from '../schema.ts';
import type { Problem } from './problem.ts';

/** `quoteIds` are the ids of data/quotes.json. */
export function checkQuoteRefs(file: string, features: AnyFeature[], quoteIds: Set<string | number>, out: Problem[]): void {
  for (const { properties: p } of features) {
    const say = (message: string) => out.push({ file, feature: p.id, message });
    for (const q of p.quotes) if (!quoteIds.has(q)) say(`unknown quote id "${q}" (not in data/quotes.json)`);
    const supporting = p.kind === 'place' && p.role === 'supporting';
    if (p.quotes.length === 0 && !supporting) say('has no quotation from the analysis');
  }
}
