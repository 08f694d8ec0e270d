/** The analysis' attribution, the data credits and how to read the map; the data files and the embed code. */
import { CopyButton } from './CopyButton.tsx';
import { DataFiles } from './DataFiles.tsx';
import { ANALYSIS } from '../text/reference.ts';

export function About({ embedCode }: { embedCode: string }) {
  return (
    <div className="about">
      <h2>The analysis</h2>
      <p>
        Tutku Dilaver, “One Year After the Liberation of Karabakh”, Center for Eurasian Studies (AVİM), Analysis No 2021/29, 12 November 2021.{' '}
        <a href={ANALYSIS.url} target="_blank" rel="noreferrer noopener">
          Read it at avim.org.tr
        </a>
        . {ANALYSIS.copyright}. Quotations are reproduced word for word, with the analysis’ own footnotes.
      </p>
      <h2>Reading the map</h2>
      <p>
        The explorer shows what the analysis says and where. Its own labels are descriptive; places carry their Azerbaijani and Armenian names where they differ. Where the record differs from the
        analysis, the quotation is kept as written and a note is shown beside it. Geometry marked approximate is schematic: district lines from Natural Earth are off by several km, the peacekeeping
        zone has no published outline, and the routes are drawn through known points.
      </p>
      <h2>Data</h2>
      <ul>
        <li>
          Country borders, lakes and reservoirs: © OpenStreetMap contributors (
          <a href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noreferrer noopener">
            ODbL
          </a>
          ); the files in data/basemap derived from them are under the ODbL too.
        </li>
        <li>Rivers and the Caspian shore: GSHHG 2.3.7 with the WDBII rivers, P. Wessel and W. H. F. Smith (LGPL).</li>
        <li>Districts, the 1991 NKAO outline and the 1994 ceasefire line: Natural Earth (public domain).</li>
        <li>
          Places: GeoNames (
          <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noreferrer noopener">
            CC BY 4.0
          </a>
          ), with Wikipedia coordinates where GeoNames is wrong or missing.
        </li>
        <li>Route points: TravelMapping (traced from OpenStreetMap), Wikipedia and railway kilometre posts, as listed on each feature.</li>
        <li>Fonts: Noto Sans (SIL Open Font License).</li>
      </ul>
      <h2>The data files</h2>
      <p>Each file as it is, with its provenance in data/README.md (the Layers tab saves the layers as one GeoJSON file).</p>
      <DataFiles />
      <h2>Embed this map</h2>
      <p>Paste this into a page to show the map as it is now (its layers, date and position) with its legend, credits and popups:</p>
      <pre className="embed-code" data-testid="embed-code">
        <code>{embedCode}</code>
      </pre>
      <CopyButton label="Copy the embed code" what="embed code" text={() => embedCode} />
    </div>
  );
}
