import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';

/** The invoice's public page in a sandboxed frame (no scripts, no forms), with "Open" and "Copy link". */
export function InvoicePreview({ url, number }: { url: string; number: string }) {
  const { t } = useLingui();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="invoice-preview" aria-labelledby="invoice-preview-title">
      <div className="invoice-preview-actions">
        <h2 id="invoice-preview-title">
          <Trans>Public page</Trans>
        </h2>
        <a className="button" href={url} target="_blank" rel="noopener noreferrer">
          <Trans>Open in new tab</Trans>
        </a>
        <button type="button" className="button" onClick={() => void copy()}>
          <Trans>Copy link</Trans>
        </button>
        <span role="status">
          {copied === 'copied' ? t`Link copied.` : copied === 'failed' ? t`Copying failed: select the link instead.` : ''}
        </span>
      </div>
      <p className="invoice-url">
        <a href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      </p>
      <iframe title={t`Preview of invoice ${number}`} src={url} sandbox="" referrerPolicy="no-referrer" loading="lazy" />
    </section>
  );
}
