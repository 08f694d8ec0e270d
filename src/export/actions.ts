/** What the export buttons do: build the file from the explorer's data and view, and hand it to the browser. */
import type { LoadedData } from '../data/dataset.ts';
import type { LayerEntry } from '../map/layers.ts';
import type { MapHandle } from '../map/snapshot.ts';
import { exportCollection } from './geojson.ts';
import { drawPicture, type PictureRequest } from './picture.ts';
import { saveBlob } from './save.ts';
import { today } from '../ui/format.ts';

/** `which`: the layers on the map now, or every layer of the registry. */
export function downloadLayers(data: LoadedData, registry: LayerEntry[], visible: string[], which: 'visible' | 'all', view: string): void {
  const layers = which === 'all' ? registry.map((e) => e.id) : visible;
  const fc = exportCollection(data, registry, { layers, view, generated: today() });
  saveBlob(new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }), `karabakh-${which}-layers.geojson`);
}

export async function downloadPicture(handle: MapHandle, req: PictureRequest): Promise<void> {
  const png = await drawPicture(handle, req);
  saveBlob(png, req.scale === 1 ? 'karabakh-map.png' : `karabakh-map@${req.scale}x.png`);
}
