import { useState } from 'react';

/** The invoice's public page in a sandboxed frame (no scripts, no forms), with "Open" and "Copy link". */
export function InvoicePreview({ url, number }: { url: string; number: string }) {
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
        <h2 id="invoice-preview-title">Public page</h2>
        <a className="button" href={url} target="_blank" rel="noopener noreferrer">
          Open in new tab
        </a>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
        <span role="status">
          {copied === 'copied' ? 'Link copied.' : copied === 'failed' ? 'Copying failed: select the link instead.' : ''}
        </span>
      </div>
      <p className="invoice-url">
        <a href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      </p>
      <iframe title={`Preview of invoice ${number}`} src={url} sandbox="" referrerPolicy="no-referrer" loading="lazy" />
    </section>
  );
}
