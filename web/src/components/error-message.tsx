import { Trans } from '@lingui/react/macro';
import { ApiError } from '../lib/api-error.ts';

/** An error as a user reads it: the explanation, and Qonto's trace id when there is one. */
export function ErrorMessage({ error, title }: { error: unknown; title: string }) {
  const details =
    error instanceof ApiError ? error.errors.map((item) => item.detail ?? item.code) : [(error as Error)?.message ?? String(error)];
  return (
    <div className="error-message" role="alert">
      <p className="error-title">{title}</p>
      <ul>
        {details.map((detail, i) => (
          <li key={i}>{detail}</li>
        ))}
      </ul>
      {error instanceof ApiError && error.traceId && (
        <p className="trace-id">
          <Trans>
            Trace id: <code>{error.traceId}</code>
          </Trans>
        </p>
      )}
    </div>
  );
}
