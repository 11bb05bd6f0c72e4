import { Trans, useLingui } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { useOrganizationId } from '../../../lib/organization-scope.ts';
import { fetchAttachment } from '../api/invoice-actions.ts';

const pollEveryMs = 1000;
const giveUpAfterMs = 60_000;

type State =
  | { kind: 'idle' }
  | { kind: 'waiting'; seconds: number }
  | { kind: 'ready'; url: string; name: string }
  | { kind: 'failed'; error: unknown };

/**
 * After finalize, Qonto regenerates the PDF (with its Factur-X XML for French organizations) about ten
 * seconds later: the link is offered once the file is newer than `finalized_at`, or after a clear message.
 */
export function DownloadPdf({ invoice, waitsForFacturX }: { invoice: ClientInvoice; waitsForFacturX: boolean }) {
  const { t } = useLingui();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const organizationId = useOrganizationId();
  const attachmentId = invoice.attachment_id;

  useEffect(() => {
    if (state.kind !== 'waiting' || !attachmentId) return undefined;
    const controller = new AbortController();
    const started = Date.now() - state.seconds * 1000;
    const timer = setTimeout(
      async () => {
        try {
          const attachment = await fetchAttachment(organizationId, attachmentId, controller.signal);
          const finalizedAt = Date.parse(invoice.finalized_at ?? '');
          const fresh = !waitsForFacturX || !Number.isFinite(finalizedAt) || Date.parse(attachment.updated_at ?? '') >= finalizedAt;
          if (fresh && attachment.url) setState({ kind: 'ready', url: attachment.url, name: attachment.file_name ?? 'invoice.pdf' });
          else if (Date.now() - started > giveUpAfterMs) {
            setState({ kind: 'failed', error: new Error('Qonto has not produced the Factur-X PDF yet. Try again in a minute.') });
          } else setState({ kind: 'waiting', seconds: Math.round((Date.now() - started) / 1000) });
        } catch (error) {
          if ((error as Error).name !== 'AbortError') setState({ kind: 'failed', error });
        }
      },
      state.seconds === 0 ? 0 : pollEveryMs,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [state, organizationId, attachmentId, invoice.finalized_at, waitsForFacturX]);

  return (
    <div className="download-pdf">
      {state.kind === 'ready' ? (
        <a className="button" href={state.url} download={state.name}>
          <Trans>Download {state.name}</Trans>
        </a>
      ) : (
        <button
          type="button"
          className="button"
          disabled={state.kind === 'waiting'}
          onClick={() => setState({ kind: 'waiting', seconds: 0 })}
        >
          <Trans>Download PDF</Trans>
        </button>
      )}
      {state.kind === 'waiting' && (
        <p role="status">
          {waitsForFacturX ? t`Qonto is generating the Factur-X PDF` : t`Preparing the PDF`}…{' '}
          {state.seconds > 0 ? `${state.seconds} s` : ''}
        </p>
      )}
      {state.kind === 'failed' && <ErrorMessage error={state.error} title={t`The PDF could not be downloaded.`} />}
    </div>
  );
}
