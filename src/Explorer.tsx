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
import { anchorOf, type LngLat } from './map/featureGeometry.ts';
import { useExplorerState } from './state/useExplorerState.ts';
import type { Known } from './state/hash.ts';
import { Sidebar } from './ui/Sidebar.tsx';
import { LayerPanel } from './ui/LayerPanel.tsx';
import { FeatureList } from './ui/FeatureList.tsx';
import { QuotePopup } from './ui/QuotePopup.tsx';
import { About } from './ui/About.tsx';
import { ComparisonTab } from './ui/ComparisonTab.tsx';
import { CREDITS } from './credits.ts';
import { TimePanel } from './ui/TimePanel.tsx';
import { Reader } from './ui/Reader.tsx';
import { CopyButton } from './ui/CopyButton.tsx';
import { Search } from './ui/Search.tsx';
import { DateStatus } from './ui/DateStatus.tsx';
import { quoteActions, viewCitation } from './ui/citations.tsx';
import { formatDate } from './ui/format.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';

export function Explorer({ basemap, data }: { basemap: BasemapData; data: LoadedData }) {
  const [tab, setTab] = useState('layers');
  const registry = useMemo(() => buildRegistry(theme, Object.fromEntries(data.routes.features.map((f) => [f.properties.id, f.properties.name]))), [data]);
  const known = useMemo<Known>(
    () => ({
      layers: registry.map((e) => e.id),
      defaultLayers: registry.filter((e) => e.defaultVisible).map((e) => e.id),
      features: new Set(data.featureById.keys()),
      routes: ROUTE_IDS,
    }),
    [registry, data],
  );
  const { state, dispatch, linkProblems } = useExplorerState(known);
  const [popupAt, setPopupAt] = useState<LngLat | null>(null);
  const [frame, setFrame] = useState<{ ids: string[] } | null>(null);
  // A feature chosen on the map is already in view; one chosen any other way (the list, a link,
  // a row of the comparison) is framed.
  const pickedOnMap = useRef(false);
  useEffect(() => {
    if (state.selected && !pickedOnMap.current) setFrame({ ids: [state.selected] });
    pickedOnMap.current = false;
  }, [state.selected]);

  const selected = state.selected ? data.featureById.get(state.selected) : undefined;
  const close = useCallback(() => dispatch({ type: 'select', id: null }), [dispatch]);
  const open = useCallback(
    (id: string) => {
      dispatch({ type: 'select', id });
      setPopupAt(null);
    },
    [dispatch],
  );

  const [readerAt, setReaderAt] = useState<{ quote: string } | null>(null);
  const readInContext = (quote: string) => {
    setTab('text');
    setReaderAt({ quote });
  };
  const setTime = useCallback((date: string | null, from: string | null) => dispatch({ type: 'setTime', date, from }), [dispatch]);

  const setCompare = (ids: string[]) => {
    dispatch({ type: 'setCompare', ids });
    if (ids.length) setFrame({ ids });
  };
  const toggleCompare = (id: string) => setCompare(state.compare.includes(id) ? state.compare.filter((x) => x !== id) : [...state.compare, id]);
  const swatches = Object.fromEntries(registry.filter((e) => e.group === 'routes').map((e) => [e.id.replace(/^route-/, ''), e.swatch]));
  const showRow = (id: string) => {
    setTab('compare');
    requestAnimationFrame(() => document.getElementById(`row-${id}`)?.scrollIntoView({ block: 'nearest' }));
  };

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  return (
    <>
      <Sidebar
        title={
          <h1>
            Karabakh, one year on <span className="subtitle">A map of AVİM Analysis 2021/29</span>
          </h1>
        }
        active={tab}
        onActive={setTab}
        wide={tab === 'compare' || tab === 'text'}
        tabs={[
          { id: 'layers', label: 'Layers', content: <LayerPanel registry={registry} visible={state.visible} onToggle={(ids, on) => dispatch({ type: 'toggleLayers', ids, on })} /> },
          { id: 'features', label: 'Features', content: <FeatureList data={data} registry={registry} selected={state.selected} onOpen={open} /> },
          {
            id: 'time',
            label: 'Timeline',
            content: <TimePanel data={data} date={state.date ?? null} from={state.from ?? null} onTime={setTime} onOpen={open} />,
          },
          { id: 'text', label: 'Analysis', content: <Reader data={data} at={readerAt} onOpen={open} /> },
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
                onToggle={toggleCompare}
                onClear={() => setCompare([])}
                onOpen={open}
              />
            ),
          },
          { id: 'about', label: 'About', content: <About /> },
        ]}
      />
      {linkProblems.length > 0 && (
        <p className="link-notice" role="status">
          Part of this link could not be used ({linkProblems.join('; ')}); the defaults are shown instead.
        </p>
      )}
      <div className="map" data-testid="map">
        {state.date && (
          <p className="map-date" data-testid="map-date">
            Map as of {formatDate(state.date)}
            {state.from && `, compared with ${formatDate(state.from)}`}
          </p>
        )}
        <MapView
          basemap={basemap}
          data={data}
          registry={registry}
          visible={state.visible}
          credits={CREDITS}
          frame={frame}
          compare={state.compare}
          time={{ date: state.date, from: state.from }}
          onPick={(id, at) => {
            pickedOnMap.current = id !== state.selected;
            dispatch({ type: 'select', id });
            setPopupAt(at);
          }}
          popup={selected ? { at: popupAt ?? anchorOf(selected), content: (
                  <ErrorBoundary what="this feature" resetKey={selected}>
                  <QuotePopup
                    feature={selected}
                    data={data}
                    onClose={close}
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
                ),
              } : null}
          onPopupClose={close}
        />
        {/* After the map in the page, so it draws above the map's controls and under the panel. */}
        <div className="map-tools">
          <Search data={data} onOpen={open} />
          <CopyButton label="Cite this view" className="tool-button" text={() => viewCitation(state, known, registry, data)} />
        </div>
      </div>
    </>
  );
}
