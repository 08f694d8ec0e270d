/**
 * The explorer once its data is loaded: holds the one explorer state and hands each part what it
 * needs. Decisions live in the state reducer and the registry; this file only wires them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedData } from './data/dataset.ts';
import type { BasemapData } from './map/basemapStyle.ts';
import { MapView } from './map/MapView.tsx';
import { buildRegistry, ROUTE_IDS } from './map/layers.ts';
import { theme } from './map/theme.ts';
import { useExplorerState } from './state/useExplorerState.ts';
import { popupAnchor, toLink, type Selection } from './state/reducer.ts';
import { serializeHash, type Known } from './state/hash.ts';
import type { MapHandle } from './map/snapshot.ts';
import { Sidebar } from './ui/Sidebar.tsx';
import { LayerPanel } from './ui/LayerPanel.tsx';
import { FeatureList } from './ui/FeatureList.tsx';
import { FeatureSummary } from './ui/FeatureSummary.tsx';
import { FeatureDetails } from './ui/FeatureDetails.tsx';
import { DetailPanel } from './ui/DetailPanel.tsx';
import { LinkNotice } from './ui/LinkNotice.tsx';
import { NoMap } from './ui/NoMap.tsx';
import { About } from './ui/About.tsx';
import { ComparisonTab } from './ui/ComparisonTab.tsx';
import { PHONE, useMedia } from './ui/useMedia.ts';
import { CREDITS } from './credits.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { TimePanel } from './ui/TimePanel.tsx';
import { Reader } from './ui/Reader.tsx';
import { CopyButton } from './ui/CopyButton.tsx';
import { Search } from './ui/Search.tsx';
import { DateStatus } from './ui/DateStatus.tsx';
import { here, quoteActions, viewCitation } from './ui/citations.tsx';
import { mapDateLine } from './ui/format.ts';
import { ExportTools } from './ui/ExportTools.tsx';
import { MapLegend } from './ui/MapLegend.tsx';
import { MapTitle, SUBTITLE, TITLE } from './ui/MapTitle.tsx';
import { embedLink, embedSnippet } from './ui/embed.ts';

/** Shown from the moment the basemap is in: the layers fill in as their files arrive (`data.pending`). */
export function Explorer({ basemap, data, wantTexts }: { basemap: BasemapData; data: LoadedData; wantTexts: () => void }) {
  const [tab, setTab] = useState('layers');
  // Rebuilt only when the routes file arrives (their names label the legend), not when any other file does.
  const routes = data.routes;
  const registry = useMemo(() => buildRegistry(theme, Object.fromEntries(routes.features.map((f) => [f.properties.id, f.properties.name]))), [routes]);
  const known = useMemo<Known>(
    () => ({
      layers: registry.map((e) => e.id),
      defaultLayers: registry.filter((e) => e.defaultVisible).map((e) => e.id),
      features: new Set(data.featureById.keys()),
      routes: ROUTE_IDS,
    }),
    [registry, data],
  );
  const { state, dispatch, dropped, dismissDropped } = useExplorerState(known, data.pending.length === 0);
  const [noMap, setNoMap] = useState<string | null>(null);
  const phone = useMedia(PHONE);
  const { selection } = state;
  // #embed: the map alone, for an <iframe>; the details live in the full explorer, one link away.
  const embed = !!state.embed;
  const mapHandle = useRef<MapHandle | null>(null);
  const link = toLink(state);
  const viewLink = () => here(serializeHash(link, known));
  const fullExplorer = (id?: string) => here(serializeHash({ ...link, embed: false, ...(id ? { selected: id } : {}) }, known));
  const selected = selection ? data.featureById.get(selection.id) : undefined;
  const anchor = useMemo(() => (selection && selected ? popupAnchor(selection, selected) : null), [selection, selected]);
  const choose = useCallback((id: string, via: Exclude<Selection['via'], 'map'>) => dispatch({ type: 'choose', selection: { id, via } }), [dispatch]);
  const [readerAt, setReaderAt] = useState<{ quote: string } | null>(null);
  const readInContext = (quote: string) => {
    dispatch({ type: 'closeDetail' });
    setTab('text');
    setReaderAt({ quote });
  };
  const setTime = useCallback((date: string | null, from: string | null) => dispatch({ type: 'setTime', date, from }), [dispatch]);
  const swatches = Object.fromEntries(registry.filter((e) => e.group === 'routes').map((e) => [e.id.replace(/^route-/, ''), e.swatch]));
  const showRow = (id: string) => {
    dispatch({ type: 'closeDetail' });
    setTab('compare');
    requestAnimationFrame(() => document.getElementById(`row-${id}`)?.scrollIntoView({ block: 'nearest' }));
  };

  // Quotations, sources and events load the first time something shows them.
  const showsTexts = !!selected || tab === 'text' || tab === 'time';
  useEffect(() => {
    if (showsTexts) wantTexts();
  }, [showsTexts, wantTexts]);

  useEffect(() => {
    if (!selection) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') dispatch({ type: 'escape' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, dispatch]);

  const detail = !embed && selected && state.detailOpen && (
    <DetailPanel id={selected.properties.id} title={selected.properties.name} onClose={() => dispatch({ type: 'closeDetail' })}>
      <ErrorBoundary what="this feature" resetKey={selected.properties.id}>
        <FeatureDetails
          feature={selected}
          data={data}
          quoteActions={quoteActions(selected, data, readInContext)}
          extra={
            selected.properties.kind === 'route' ? (
              <button type="button" className="link-button" onClick={() => showRow(selected.properties.id)}>
                See this route in the comparison table
              </button>
            ) : (
              <DateStatus feature={selected} date={state.date} />
            )
          }
        />
      </ErrorBoundary>
    </DetailPanel>
  );

  const dateLine = mapDateLine(state.date, state.from);
  return (
    <div className={embed ? 'explorer embed' : 'explorer'}>
      <MapTitle fullExplorer={embed ? fullExplorer() : null} />
      {!embed && (
        <Sidebar
          title={
            <h1>
              {TITLE} <span className="subtitle">{SUBTITLE}</span>
            </h1>
          }
          active={tab}
          onActive={setTab}
          wide={tab === 'compare' || tab === 'text'}
          overlay={detail}
          suppressed={phone && !!detail}
          tabs={[
            {
              id: 'layers',
              label: 'Layers',
              content: (
                <>
                  <LayerPanel registry={registry} visible={state.visible} onToggle={(ids, on) => dispatch({ type: 'toggleLayers', ids, on })} />
                  <ExportTools data={data} registry={registry} visible={state.visible} date={state.date} from={state.from} link={viewLink} map={mapHandle} />
                </>
              ),
            },
            {
              id: 'features',
              label: 'Features',
              content: <FeatureList data={data} registry={registry} selected={selection?.id ?? null} onChoose={(id) => choose(id, 'list')} />,
            },
            {
              id: 'time',
              label: 'Timeline',
              content: <TimePanel data={data} date={state.date ?? null} from={state.from ?? null} onTime={setTime} onChoose={(id) => choose(id, 'timeline')} />,
            },
            {
              id: 'text',
              label: 'Analysis',
              content: <Reader data={data} at={readerAt} onChoose={(id) => choose(id, 'reader')} />,
            },
            {
              id: 'compare',
              label: 'Compare routes',
              content: (
                <ComparisonTab
                  routes={data.routes}
                  countries={basemap.countries}
                  swatches={swatches}
                  compare={state.compare}
                  highlighted={selected?.properties.kind === 'route' ? selected.properties.id : null}
                  onToggle={(id) => dispatch({ type: 'toggleCompare', id })}
                  onClear={() => dispatch({ type: 'setCompare', ids: [] })}
                  onChoose={(id) => choose(id, 'row')}
                />
              ),
            },
            {
              id: 'about',
              label: 'About',
              content: <About embedCode={embedSnippet(embedLink(link, known, here('')))} />,
            },
          ]}
        />
      )}
      <LinkNotice dropped={dropped} onDismiss={dismissDropped} />
      <div className={`map${detail ? ' under-sheet' : ''}`} data-testid="map" data-pending={data.pending.join(' ') || undefined}>
        {dateLine && (
          <p className="map-date" data-testid="map-date">
            {dateLine}
          </p>
        )}
        {noMap ? (
          <NoMap reason={noMap} />
        ) : (
          <MapView
            basemap={basemap}
            data={data}
            registry={registry}
            visible={state.visible}
            credits={CREDITS}
            camera={state.camera}
            compare={state.compare}
            time={{ date: state.date, from: state.from }}
            onChoose={(id, at) => dispatch({ type: 'choose', selection: { id, via: 'map', at } })}
            onEmptyClick={() => dispatch({ type: 'close' })}
            onMoved={(view) => dispatch({ type: 'moved', view })}
            onNoMap={setNoMap}
            handleRef={mapHandle}
            overlay={<MapLegend registry={registry} visible={state.visible} folded={phone} />}
            compactCredits={phone && !embed}
            popup={
              anchor && selected && !(phone && detail)
                ? {
                    at: anchor,
                    content: (
                      <ErrorBoundary what="this feature" resetKey={selected.properties.id}>
                        <FeatureSummary
                          feature={selected}
                          data={data}
                          onMore={embed ? fullExplorer(selected.properties.id) : () => dispatch({ type: 'openDetail' })}
                          onClose={() => dispatch({ type: 'close' })}
                        />
                      </ErrorBoundary>
                    ),
                  }
                : null
            }
          />
        )}
        {/* After the map in the page, so it draws above the map's controls and under the panel. */}
        {!embed && (
          <div className="map-tools">
            <Search data={data} onChoose={(id) => choose(id, 'search')} />
            <CopyButton label="Cite this view" className="tool-button" text={() => viewCitation(link, known, registry, data)} />
          </div>
        )}
      </div>
    </div>
  );
}
