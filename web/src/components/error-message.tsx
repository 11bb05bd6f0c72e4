import { Trans, useLingui } from '@lingui/react/macro';
import { ApiError } from '../lib/api-error.ts';
import { errorSentence } from '../lib/error-codes.ts';

/** An error as a user reads it: the explanation in their language, Qonto's own words as a detail, and the trace id. */
export function ErrorMessage({ error, title }: { error: unknown; title: string }) {
  const { t } = useLingui();
  const items =
    error instanceof ApiError
      ? error.errors.map((item) => {
          const sentence = errorSentence(item.code);
          return { sentence: sentence ? t(sentence) : undefined, detail: item.detail ?? item.code };
        })
      : [{ sentence: undefined, detail: (error as Error)?.message ?? String(error) }];
  return (
    <div className="error-message" role="alert">
      <p className="error-title">{title}</p>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.sentence}
            {item.sentence && item.detail ? ' ' : null}
            {item.detail && item.sentence ? (
              <span className="error-detail" lang="en">
                ({item.detail})
              </span>
            ) : (
              item.detail
            )}
          </li>
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
