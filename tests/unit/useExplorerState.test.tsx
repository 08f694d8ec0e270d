// @vitest-environment jsdom
/**
 * The hook that ties the reducer to the address bar: read at start, choosing a feature pushes a
 * history entry, everything else replaces the entry after a short delay, a followed link replaces the state.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useExplorerState } from '../../src/state/useExplorerState.ts';
import type { Known } from '../../src/state/hash.ts';

const known: Known = {
  layers: ['a', 'b', 'c'],
  defaultLayers: ['a', 'b'],
  features: new Set(['shusha', 'kalbajar']),
  routes: ['berd-tovuz'],
};

function start(hash: string) {
  window.history.replaceState(null, '', `/atlas/?q=1${hash}`);
  return renderHook(() => useExplorerState(known));
}

/** Lets the hook's delayed write to the address bar happen (it waits 250 ms). */
function afterWriteDelay() {
  act(() => {
    vi.advanceTimersByTime(300);
  });
}

/** The browser fires hashchange when a person follows a link to the page's own address. */
function follow(hash: string) {
  act(() => {
    window.history.pushState(null, '', `/atlas/?q=1${hash}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useExplorerState', () => {
  it('starts from the hash and reports what it dropped, until dismissed', () => {
    const { result } = start('#f=shusha&layers=a,zz');
    expect(result.current.state.selection).toEqual({ id: 'shusha', via: 'link' });
    expect(result.current.state.visible).toEqual(['a']);
    expect(result.current.dropped).toEqual([{ param: 'layers', what: 'layer', values: ['zz'] }]);
    act(() => result.current.dismissDropped());
    expect(result.current.dropped).toEqual([]);
  });

  it('pushes a history entry at once when a feature is chosen, keeping the path and query', () => {
    const { result } = start('');
    const before = window.history.length;
    act(() => result.current.dispatch({ type: 'choose', selection: { id: 'kalbajar', via: 'list' } }));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.pathname + window.location.search).toBe('/atlas/?q=1');
    expect(window.location.hash).toContain('f=kalbajar');
  });

  it('replaces the entry for a layer change, only after the delay', () => {
    const { result } = start('#f=shusha');
    const before = window.history.length;
    act(() => result.current.dispatch({ type: 'toggleLayers', ids: ['c'], on: true }));
    expect(window.location.hash).not.toContain('c');
    afterWriteDelay();
    expect(window.location.hash).toContain('layers=a,b,c');
    expect(window.location.hash).toContain('f=shusha');
    expect(window.history.length).toBe(before);
  });

  it('clears the hash when the state is back to the defaults, keeping the path and query', () => {
    const { result } = start('#f=shusha');
    act(() => result.current.dispatch({ type: 'close' }));
    afterWriteDelay();
    expect(window.location.href).toMatch(/\/atlas\/\?q=1$/);
  });

  it('follows a link: the state and the dropped values become the link’s, and nothing is pushed for it', () => {
    const { result } = start('#f=shusha');
    follow('#f=kalbajar&compare=nowhere');
    const after = window.history.length;
    expect(result.current.state.selection).toEqual({ id: 'kalbajar', via: 'link' });
    expect(result.current.dropped).toEqual([{ param: 'compare', what: 'route', values: ['nowhere'] }]);
    afterWriteDelay();
    expect(window.history.length).toBe(after);
  });

  it('writes nothing once unmounted', () => {
    const { result, unmount } = start('#f=shusha');
    act(() => result.current.dispatch({ type: 'toggleLayers', ids: ['c'], on: true }));
    unmount();
    afterWriteDelay();
    expect(window.location.hash).toBe('#f=shusha');
  });
});
