import { Trans, useLingui } from '@lingui/react/macro';
import { ApiError } from '../lib/api-error.ts';

/** A page-level failure: what happened, the trace id for Qonto's support, and a retry. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useLingui();
  const message = error instanceof Error ? error.message : t`Something went wrong while showing this page.`;
  return (
    <section className="route-error" aria-labelledby="route-error-title">
      <h1 id="route-error-title">
        <Trans>This page could not be shown</Trans>
      </h1>
      <p>{message}</p>
      {error instanceof ApiError && error.traceId && (
        <p>
          <Trans>
            Trace id for Qonto support: <code>{error.traceId}</code>
          </Trans>
        </p>
      )}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        <Trans>Try again</Trans>
      </button>
    </section>
  );
}
