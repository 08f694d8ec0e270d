/**
 * Take the view elsewhere: the layers as GeoJSON (those shown, or all), a picture of the map as PNG
 * (1,200 px wide, or 2× for print), or the page printed. The data files as they are and the embed
 * code are in the About tab.
 */
import { useState, type RefObject } from 'react';
import type { LoadedData } from '../data/dataset.ts';
import type { LayerEntry } from '../map/layers.ts';
import type { MapHandle } from '../map/snapshot.ts';
import { downloadLayers, downloadPicture } from '../export/actions.ts';
import { withTexts } from '../data/texts.ts';
import { PICTURE_WIDTH } from '../export/picture.ts';
import { creditLines } from '../credits.ts';
import { mapDateLine } from './format.ts';
import { SUBTITLE, TITLE } from './MapTitle.tsx';

interface Props {
  data: LoadedData;
  registry: LayerEntry[];
  visible: string[];
  date?: string;
  from?: string;
  /** The link to the view, written into the files. */
  link: () => string;
  map: RefObject<MapHandle | null>;
}

export function ExportTools({ data, registry, visible, date, from, link, map }: Props) {
  const [status, setStatus] = useState('');
  const picture = async (scale: number) => {
    const handle = map.current;
    if (!handle) {
      setStatus('There is no map to draw: the page could not start one.');
      return;
    }
    setStatus(`Drawing the picture (${(PICTURE_WIDTH * scale).toLocaleString('en-GB')} px wide)…`);
    try {
      const legend = registry.filter((e) => visible.includes(e.id)).map((e) => ({ label: e.label, swatch: e.swatch }));
      await downloadPicture(handle, { title: TITLE, subtitle: SUBTITLE, date: mapDateLine(date, from), legend, credits: [...creditLines(), `This view: ${link()}`], scale });
      setStatus('Picture saved.');
    } catch (e) {
      setStatus(`The picture could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const layers = async (which: 'visible' | 'all') => {
    const view = link();
    try {
      downloadLayers(await withTexts(data), registry, visible, which, view); // the quotations go in the file
      setStatus(which === 'all' ? 'All layers saved as GeoJSON.' : 'The visible layers saved as GeoJSON.');
    } catch (e) {
      setStatus(`The layers could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="export-tools" aria-labelledby="export-title">
      <h2 id="export-title">Take it with you</h2>
      <div role="group" aria-labelledby="export-data" className="export-row">
        <span id="export-data" className="export-kind">
          Data (GeoJSON, with sources and licences):
        </span>
        <button type="button" className="tool-button" onClick={() => void layers('visible')}>
          Visible layers
        </button>
        <button type="button" className="tool-button" onClick={() => void layers('all')}>
          All layers
        </button>
      </div>
      <div role="group" aria-labelledby="export-picture" className="export-row">
        <span id="export-picture" className="export-kind">
          Picture of this view (PNG, with legend and credits):
        </span>
        <button type="button" className="tool-button" onClick={() => void picture(1)}>
          1,200 px
        </button>
        <button type="button" className="tool-button" onClick={() => void picture(2)}>
          2× (2,400 px)
        </button>
        <button type="button" className="tool-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="export-status" aria-live="polite">
        {status}
      </p>
      <p className="legend-note">Each data file as it is, and the code to embed this map in a page: About tab.</p>
    </section>
  );
}
