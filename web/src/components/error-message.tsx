import { Trans } from '@lingui/react/macro';
import { ApiError } from '../lib/api-error.ts';
import { ErrorLineText, useErrorLines } from './error-text.tsx';

/** An error as a user reads it: the explanation in their language, Qonto's own words as a detail, and the trace id. */
export function ErrorMessage({ error, title }: { error: unknown; title: string }) {
  const apiLines = useErrorLines(error instanceof ApiError ? error.errors : []);
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  const lines = error instanceof ApiError ? apiLines : [{ sentence: undefined, detail: (error as Error)?.message ?? String(error) }];
  return (
    <div className="error-message" role="alert">
      <p className="error-title">{title}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <ErrorLineText line={line} />
          </li>
        ))}
      </ul>
      {traceId && (
        <p className="trace-id">
          <Trans>
            Trace id: <code>{traceId}</code>
          </Trans>
        </p>
      )}
    </div>
  );
}
