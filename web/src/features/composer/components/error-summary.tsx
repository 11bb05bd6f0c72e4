import { Trans } from '@lingui/react/macro';
import { MessageText } from '../../../components/message-text.tsx';
import { forwardRef } from 'react';

/** Errors that belong to no field, at the top of the form; focused when nothing else can be. */
export const ErrorSummary = forwardRef<HTMLDivElement, { messages: string[]; traceId?: string | undefined }>(function ErrorSummary(
  { messages, traceId },
  ref,
) {
  if (messages.length === 0) return null;
  return (
    <div ref={ref} className="error-message" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <p id="error-summary-title" className="error-title">
        <Trans>The invoice was not created</Trans>
      </p>
      <ul>
        {messages.map((message, index) => (
          <li key={index}>
            <MessageText text={message} />
          </li>
        ))}
      </ul>
      {traceId && (
        <p className="trace-id">
          <Trans>
            Trace id for Qonto support: <code>{traceId}</code>
          </Trans>
        </p>
      )}
    </div>
  );
});
