import { Trans } from '@lingui/react/macro';
import { Component, Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { RouteError } from './route-error.tsx';

/** A page with what a route owes it: a status while its code loads, and its failure shown in place. */
export function RoutePage({ page }: { page: ReactNode }) {
  const [pathname] = useLocation();
  return (
    // Keyed by the path: leaving a failed page starts the next one afresh.
    <RouteErrorBoundary key={pathname}>
      <Suspense
        fallback={
          <p role="status" className="app-loading">
            <Trans>Loading…</Trans>
          </p>
        }
      >
        {page}
      </Suspense>
    </RouteErrorBoundary>
  );
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}
