/** "Changes between the dates": what changed hands from the earlier compared date to the later, in words, from the data. */
import { howInWords, type ChangeList as Changes } from '../time/changes.ts';
import { formatDate } from './format.ts';

export function ChangeList({ list, onChoose }: { list: Changes; onChoose: (id: string) => void }) {
  const nothing = list.changes.length === 0 && list.appeared.length === 0;
  return (
    <section className="change-list" role="region" aria-labelledby="change-list-title">
      <h3 id="change-list-title">Changes between the dates</h3>
      <p>
        From {formatDate(list.earlier)} to {formatDate(list.later)}
        {nothing ? ': nothing on the map changed hands.' : ' (outlined in orange on the map):'}
      </p>
      {list.changes.length > 0 && (
        <ul>
          {list.changes.map((c) => (
            <li key={`${c.district}-${c.date}-${c.how}`} data-district={c.district}>
              <button type="button" className="link-button" onClick={() => onChoose(c.ids[0]!)}>
                {c.names.join(', ')}
              </button>{' '}
              — {formatDate(c.date)}: {howInWords(c)}.{c.dateBasis && <span className="date-basis"> {c.dateBasis}</span>}
            </li>
          ))}
        </ul>
      )}
      {list.appeared.map((a) => (
        <p key={a.date}>
          From {formatDate(a.date)} the map shows {a.names.join(', ')}.
        </p>
      ))}
    </section>
  );
}
