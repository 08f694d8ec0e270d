// @vitest-environment jsdom
/**
 * The comparison as a person uses it: tick and untick routes (through the app's own reducer), sort by
 * a column both ways with routes lacking a figure kept last.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { RouteComparison } from '../../src/ui/RouteComparison.tsx';
import { initialState, reduce } from '../../src/state/reducer.ts';
import { defaultState, type Known } from '../../src/state/hash.ts';
import type { RouteFigures } from '../../geo/metrics/routeFigures.ts';

afterEach(cleanup);

function route(id: string, name: string, totalKm: number, highest: number | null): RouteFigures {
  const km = { armenia: totalKm / 2, azerbaijan: totalKm / 2, nakhchivan: 0, other: 0 };
  const h = highest === null ? null : { name: 'A', m: highest, km: 1 };
  return {
    id,
    name,
    mode: 'road',
    status: 'closed',
    totalKm,
    km,
    kmResolved: km,
    crossings: 1,
    from: 'X',
    to: 'Y',
    towns: [],
    elevation: {
      highest: h,
      lowest: h,
      climbM: highest === null ? null : 100,
      points: highest === null ? 0 : 2,
      profile:
        highest === null
          ? []
          : [
              { name: 'A', m: highest, km: 1 },
              { name: 'B', m: 10, km: 2 },
            ],
    },
    basis: 'test',
  };
}

const FIGURES = [route('a-b', 'Alpha road', 50, 900), route('c-d', 'Gamma road', 20, null), route('e-f', 'Epsilon road', 80, 1500)];
const known: Known = { layers: [], defaultLayers: [], features: new Set(), routes: FIGURES.map((f) => f.id) };

/** The comparison wired to the explorer's reducer, as Explorer.tsx wires it. */
function Harness() {
  const [state, dispatch] = useReducer((s: ReturnType<typeof initialState>, a: Parameters<typeof reduce>[1]) => reduce(s, a, []), defaultState(known), initialState);
  return (
    <>
      <output data-testid="compare">{state.compare.join(',')}</output>
      <RouteComparison
        figures={FIGURES}
        swatches={{}}
        compare={state.compare}
        highlighted={null}
        onToggle={(id) => dispatch({ type: 'toggleCompare', id })}
        onClear={() => dispatch({ type: 'setCompare', ids: [] })}
        onChoose={() => undefined}
      />
    </>
  );
}

const checked = (el: HTMLElement) => el instanceof HTMLInputElement && el.checked;
const order = () => screen.getAllByRole('button', { name: /road$/ }).map((b) => b.textContent);

describe('RouteComparison', () => {
  it('ticks a route, and unticks it again', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const alpha = screen.getByRole('checkbox', { name: 'Compare Alpha road' });
    await user.click(alpha);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Epsilon road' }));
    expect(checked(alpha)).toBe(true);
    expect(screen.getByTestId('compare').textContent).toBe('a-b,e-f');
    await user.click(alpha);
    expect(checked(alpha)).toBe(false);
    expect(screen.getByTestId('compare').textContent).toBe('e-f');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByTestId('compare').textContent).toBe('');
    expect(checked(screen.getByRole('checkbox', { name: 'Compare Epsilon road' }))).toBe(false);
  });

  it('sorts by a column both ways, and a route without the figure stays last', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(order()).toEqual(['Alpha road', 'Gamma road', 'Epsilon road']);
    const highest = screen.getByRole('button', { name: /^Highest known height/ });
    await user.click(highest);
    expect(order()).toEqual(['Alpha road', 'Epsilon road', 'Gamma road']);
    expect(highest.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await user.click(highest);
    expect(order()).toEqual(['Epsilon road', 'Alpha road', 'Gamma road']);
    expect(highest.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    // The missing figure reads as a dash, not as zero.
    const gamma = screen.getByRole('button', { name: 'Gamma road' }).closest('tbody')!;
    expect(within(gamma).getByText('—', { selector: 'td[data-col="highest"]' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Total/ }));
    expect(order()).toEqual(['Gamma road', 'Alpha road', 'Epsilon road']);
  });
});
