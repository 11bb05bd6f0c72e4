import { Trans, useLingui } from '@lingui/react/macro';
import type { QontoError } from '@composer/shared/errors/error-envelope';
import { Fragment } from 'react';
import { errorSentence, type ErrorLine } from '../lib/error-codes.ts';

/** Each error as the reader gets it: a sentence in their language where the code is known, and the detail. */
export function useErrorLines(errors: readonly QontoError[]): ErrorLine[] {
  const { t } = useLingui();
  return errors.map((item) => {
    const sentence = errorSentence(item.code);
    return { sentence: sentence ? t(sentence) : undefined, detail: item.detail ?? item.code };
  });
}

/** One error line: the sentence, and the English detail marked as such beside it (or alone, when no sentence). */
export function ErrorLineText({ line }: { line: ErrorLine }) {
  if (!line.sentence) return <span lang="en">{line.detail}</span>;
  return (
    <>
      {line.sentence}
      {line.detail && (
        <>
          {' ('}
          <span className="error-detail" lang="en">
            {line.detail}
          </span>
          {')'}
        </>
      )}
    </>
  );
}

/** Errors inline (a table cell, a sentence's end), with the trace id to quote to support. */
export function ErrorText({ errors, traceId }: { errors: readonly QontoError[]; traceId?: string | undefined }) {
  const lines = useErrorLines(errors);
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <ErrorLineText line={line} />
        </Fragment>
      ))}
      {traceId && (
        <>
          {' '}
          <Trans>
            Trace id: <code>{traceId}</code>
          </Trans>
        </>
      )}
    </>
  );
}
