/**
 * The Timeline tab: the map's date, a date to compare it with, the events of the week and what
 * changed between the two dates.
 */
import { useMemo } from 'react';
import type { LoadedData } from '../data/dataset.ts';
import { changesBetween, type DatedPart, type DatedSite } from '../time/changes.ts';
import { clampDate, parseIsoDate, TIME_END, TIME_START } from '../time/dates.ts';
import { CHANGED_COLOR, PENDING_COLOR } from '../time/mapDate.ts';
import { DateSlider } from './DateSlider.tsx';
import { ChangeList } from './ChangeList.tsx';
import { WeekEvents } from './WeekEvents.tsx';
import './timeText.css';

interface Props {
  data: LoadedData;
  date: string | null;
  from: string | null;
  onTime: (date: string | null, from: string | null) => void;
  onChoose: (id: string) => void;
}

export function TimePanel({ data, date, from, onTime, onChoose }: Props) {
  const shown = date ?? TIME_END;
  const parts: DatedPart[] = useMemo(() => data.districts.features.map((f) => f.properties), [data]);
  const sites: DatedSite[] = useMemo(() => data.peacekeeping.features.map((f) => f.properties), [data]);
  const list = useMemo(() => (from ? changesBetween(parts, sites, from, shown) : null), [parts, sites, from, shown]);
  return (
    <div className="time-panel">
      <DateSlider date={date} onDate={(d) => onTime(d, from)} />
      <div className="compare-dates">
        <label htmlFor="compare-from">Compare with the map on</label>
        <input
          id="compare-from"
          type="date"
          min={TIME_START}
          max={TIME_END}
          value={from ?? ''}
          onChange={(e) => {
            const d = parseIsoDate(e.target.value);
            onTime(date ?? TIME_END, d ? clampDate(d) : null);
          }}
        />
        {from && (
          <button type="button" className="link-button" onClick={() => onTime(date, null)}>
            Stop comparing
          </button>
        )}
      </div>
      {list && <ChangeList list={list} onChoose={onChoose} />}
      <p className="time-legend">
        <span className="swatch-box" style={{ background: PENDING_COLOR }} aria-hidden="true" /> Grey: not yet under Azerbaijani control on the date shown. The peacekeeping zone and corridor show from
        10 November 2020 (the statement).{' '}
        {list && (
          <>
            <span className="swatch-box" style={{ borderColor: CHANGED_COLOR }} aria-hidden="true" /> Outlined: changed between the dates.
          </>
        )}
      </p>
      <WeekEvents data={data} date={shown} onChoose={onChoose} />
    </div>
  );
}
