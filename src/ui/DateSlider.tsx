/**
 * The map's date as a real slider: arrows move a day, Page Up/Down a month, Home/End the ends; its
 * value is read out as a date. Play steps through the days from the start (or from where it stands).
 */
import { useEffect, useState } from 'react';
import { addDays, addMonths, clampDate, daysBetween, TIME_END, TIME_START } from '../time/dates.ts';
import { formatDate } from './format.ts';

/** One day per tick while playing: the 411 days take about 25 s. */
const PLAY_TICK_MS = 60;
const LAST = daysBetween(TIME_START, TIME_END);

interface Props {
  /** The chosen date, or null for the analysis' own date. */
  date: string | null;
  onDate: (date: string) => void;
}

export function DateSlider({ date, onDate }: Props) {
  const value = date ?? TIME_END;
  const [playing, setPlaying] = useState(false);

  // While playing, each shown day schedules the next one; the last day stops.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = addDays(value, 1);
      if (next > TIME_END) setPlaying(false);
      else onDate(next);
    }, PLAY_TICK_MS);
    return () => window.clearTimeout(timer);
  }, [playing, value, onDate]);

  const play = () => {
    if (!playing && value >= TIME_END) onDate(TIME_START);
    setPlaying(!playing);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const to = e.key === 'PageUp' ? addMonths(value, 1) : e.key === 'PageDown' ? addMonths(value, -1) : null;
    if (!to) return; // arrows, Home and End are the range input's own
    e.preventDefault();
    onDate(clampDate(to));
  };

  return (
    <div className="date-slider">
      <label htmlFor="map-date">Date on the map</label>
      <div className="date-slider-row">
        <button type="button" onClick={play} aria-label={playing ? 'Pause' : 'Play the year day by day'}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <input
          id="map-date"
          type="range"
          min={0}
          max={LAST}
          step={1}
          value={daysBetween(TIME_START, value)}
          aria-valuetext={formatDate(value)}
          onChange={(e) => onDate(addDays(TIME_START, Number(e.target.value)))}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="date-slider-value" aria-hidden="true">
        {formatDate(value)}
        {date === null && ' (the analysis’ date)'}
      </p>
      <p className="date-slider-ends" aria-hidden="true">
        <span>{formatDate(TIME_START)}</span>
        <span>{formatDate(TIME_END)}</span>
      </p>
    </div>
  );
}
