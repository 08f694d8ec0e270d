/**
 * The comparison tab: measures the routes when it is first shown (turf work kept off the first paint;
 * memoised in allRouteFigures) inside an error boundary, so a failure there leaves the rest working.
 */
import type { ComponentProps } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { allRouteFigures } from '../../geo/metrics/routeFigures.ts';
import type { Collection, RouteFeature } from '../../geo/schema.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { RouteComparison } from './RouteComparison.tsx';

type Props = Omit<ComponentProps<typeof RouteComparison>, 'figures'> & { routes: Collection<RouteFeature>; countries: FeatureCollection<Geometry> };

function Measured({ routes, countries, ...rest }: Props) {
  return <RouteComparison figures={allRouteFigures(routes, countries)} {...rest} />;
}

export function ComparisonTab(props: Props) {
  return (
    <ErrorBoundary what="the route comparison">
      <Measured {...props} />
    </ErrorBoundary>
  );
}
