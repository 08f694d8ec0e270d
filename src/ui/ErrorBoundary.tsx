/**
 * Keeps the page alive when a part of it throws while rendering (a popup, the comparison): that part
 * is replaced by a line saying what failed and why, and everything else keeps working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What this part shows, for the message ("this popup", "the route comparison"). */
  what: string;
  children: ReactNode;
  /** A different value (e.g. another feature) gives the part a fresh try. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <p className="part-error" role="alert">
        Could not show {this.props.what}: {error.message}. The rest of the explorer still works.
      </p>
    );
  }
}
