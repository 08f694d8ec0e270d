/** The events of the chosen day and the six before it, each with the footnotes of the passages it rests on. */
import type { AnalysisEvent, Source } from '../../geo/schema.ts';
import type { LoadedData } from '../data/dataset.ts';
import { addDays } from '../time/dates.ts';
import { eventsOfWeek, WEEK_DAYS } from '../time/events.ts';
import { formatDate } from './format.ts';
import { isWebLink } from './links.ts';
import { TextsPending } from './TextsPending.tsx';

/** The footnotes of the passages an event rests on, those that cite the same document printed once: [3] [4] [5] [6] Statement … */
function sourcesOf(e: AnalysisEvent, data: LoadedData): { ns: number[]; source: Source }[] {
  const ns = [...new Set(e.quotes.flatMap((id) => data.quoteById.get(id)?.footnotes ?? []))].sort((a, b) => a - b);
  const groups = new Map<string, { ns: number[]; source: Source }>();
  for (const n of ns) {
    const s = data.sourceByNumber.get(n);
    if (!s) continue;
    const key = [s.title, s.publisher, s.date, s.url].join('|');
    const g = groups.get(key) ?? { ns: [], source: s };
    g.ns.push(n);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function WeekEvents({ data, date, onChoose }: { data: LoadedData; date: string; onChoose: (id: string) => void }) {
  const events = eventsOfWeek(data.events, date);
  if (data.texts !== 'ready') return <TextsPending texts={data.texts} what="the events" />;
  return (
    <section className="week-events" aria-labelledby="week-events-title">
      <h3 id="week-events-title">
        Events, {formatDate(addDays(date, -(WEEK_DAYS - 1)))} – {formatDate(date)}
      </h3>
      {events.length === 0 && <p className="muted">No event of the analysis falls in this week.</p>}
      <ol>
        {events.map((e) => {
          const notes = sourcesOf(e, data);
          return (
            <li key={`${e.date}-${e.title}`}>
              <strong>
                <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}
              </strong>
              {e.note && <span className="event-note"> {e.note}</span>}
              <span className="event-sources">
                {notes.length === 0
                  ? 'The analysis gives no footnote for this.'
                  : notes.map(({ ns, source: s }) => (
                      <span key={ns[0]}>
                        {ns.map((n) => `[${n}]`).join(' ')} {s.title}, {s.publisher}
                        {s.date ? `, ${s.date}` : ''}.{' '}
                        {isWebLink(s.url) && (
                          <a href={s.url} target="_blank" rel="noreferrer noopener">
                            Source link
                          </a>
                        )}
                      </span>
                    ))}
              </span>
              {e.features.length > 0 && (
                <span className="event-features">
                  {e.features.map((id) => {
                    const f = data.featureById.get(id);
                    return f ? (
                      <button key={id} type="button" className="link-button" onClick={() => onChoose(id)}>
                        {f.properties.name}
                      </button>
                    ) : null;
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
