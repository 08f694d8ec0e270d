/** The events of the chosen day and the six before it, each with the footnotes of the passages it rests on. */
import type { AnalysisEvent } from '../../geo/schema.ts';
import type { LoadedData } from '../data/dataset.ts';
import { addDays } from '../time/dates.ts';
import { eventsOfWeek, WEEK_DAYS } from '../time/events.ts';
import { formatDate } from './format.ts';
import { isWebLink } from './links.ts';

function footnotesOf(e: AnalysisEvent, data: LoadedData): number[] {
  return [...new Set(e.quotes.flatMap((id) => data.quoteById.get(id)?.footnotes ?? []))].sort((a, b) => a - b);
}

export function WeekEvents({ data, date, onOpen }: { data: LoadedData; date: string; onOpen: (id: string) => void }) {
  const events = eventsOfWeek(data.events, date);
  return (
    <section className="week-events" aria-labelledby="week-events-title">
      <h3 id="week-events-title">
        Events, {formatDate(addDays(date, -(WEEK_DAYS - 1)))} – {formatDate(date)}
      </h3>
      {events.length === 0 && <p className="muted">No event of the analysis falls in this week.</p>}
      <ol>
        {events.map((e) => {
          const notes = footnotesOf(e, data);
          return (
            <li key={`${e.date}-${e.title}`}>
              <strong>
                <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}
              </strong>
              {e.note && <span className="event-note"> {e.note}</span>}
              <span className="event-sources">
                {notes.length === 0
                  ? 'The analysis gives no footnote for this.'
                  : notes.map((n) => {
                      const s = data.sourceByNumber.get(n);
                      if (!s) return null;
                      return (
                        <span key={n}>
                          [{n}] {s.title}, {s.publisher}
                          {s.date ? `, ${s.date}` : ''}.{' '}
                          {isWebLink(s.url) && (
                            <a href={s.url} target="_blank" rel="noreferrer noopener">
                              Source link
                            </a>
                          )}
                        </span>
                      );
                    })}
              </span>
              {e.features.length > 0 && (
                <span className="event-features">
                  {e.features.map((id) => {
                    const f = data.featureById.get(id);
                    return f ? (
                      <button key={id} type="button" className="link-button" onClick={() => onOpen(id)}>
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
