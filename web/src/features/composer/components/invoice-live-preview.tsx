import { I18nProvider } from '@lingui/react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Client } from '@composer/shared/schemas/client';
import { formattingLocale, languageName } from '../../../lib/i18n/languages.ts';
import { languageOfLocale, useLanguageI18n } from '../../../lib/i18n/use-language-i18n.ts';
import { userLocale } from '../../../lib/user-locale.ts';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useComposerSettings } from '../form/composer-form.tsx';
import { SnapshotTotals } from '../form/snapshot-totals.ts';
import { useThrottledValues } from '../hooks/use-throttled-values.ts';
import { InvoiceDocument } from './invoice-document.tsx';

/** An A4 page's width in CSS pixels (210 mm at 96 dpi): the document is laid out at it, then scaled. */
const a4Width = 794;
/** Below this scale the page's text gets too small to read: the document then flows at the width given. */
const smallestReadableScale = 0.6;

/**
 * The invoice as the client will receive it, beside the form; refreshed at most twice a second. It can be
 * hidden, enlarged to the page's width, and printed (the print stylesheet keeps only the document).
 */
export function InvoiceLivePreview({
  client,
  enlarged,
  onEnlarge,
}: {
  client: Client | undefined;
  enlarged: boolean;
  onEnlarge: (enlarged: boolean) => void;
}) {
  const { t } = useLingui();
  const [shown, setShown] = useState(true);
  return (
    <aside className="live-preview" aria-labelledby="live-preview-title">
      <div className="live-preview-header">
        <h2 id="live-preview-title">
          <Trans>Preview</Trans>
        </h2>
        <button type="button" aria-pressed={!shown} onClick={() => setShown((value) => !value)}>
          {shown ? t`Hide preview` : t`Show preview`}
        </button>
        {shown && (
          <button type="button" aria-pressed={enlarged} onClick={() => onEnlarge(!enlarged)}>
            <Trans>Enlarge</Trans>
          </button>
        )}
        {shown && (
          <button type="button" onClick={() => window.print()}>
            <Trans>Print</Trans>
          </button>
        )}
      </div>
      {shown && <PreviewPage client={client} />}
    </aside>
  );
}

/** Mounted only while shown: it starts from the form's state of that moment and follows it. */
function PreviewPage({ client }: { client: Client | undefined }) {
  const { t, i18n: uiI18n } = useLingui();
  const { organization, profile, locale, currency } = useComposerSettings();
  // The client reads the invoice in its own language; the user can read it in theirs too.
  const clientLanguage = languageOfLocale(client?.locale);
  const [inMine, setInMine] = useState(false);
  const document = useLanguageI18n(inMine ? undefined : clientLanguage);
  const differs = clientLanguage !== undefined && clientLanguage !== uiI18n.locale;
  const clientLanguageName = clientLanguage ? languageName(clientLanguage, userLocale()) : '';
  const uiLanguageName = languageName(uiI18n.locale, userLocale());
  const values = useThrottledValues(500);
  const [snapshotTotals] = useState(() => new SnapshotTotals());
  const totals = snapshotTotals.read(values, { locale, profile, currency });
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(a4Width);
  useEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? a4Width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const scale = Math.min(1, width / a4Width);
  const fits = scale >= smallestReadableScale;
  return (
    <>
      {differs && (
        <p className="preview-language">
          {inMine
            ? t`Shown in ${uiLanguageName}; the client reads it in ${clientLanguageName}.`
            : t`In ${clientLanguageName}, the client's language.`}{' '}
          <button type="button" className="button-quiet" onClick={() => setInMine((value) => !value)}>
            {inMine ? t`Show in ${clientLanguageName}` : t`Show in ${uiLanguageName}`}
          </button>
        </p>
      )}
      {/* Focusable so a long preview can be scrolled with the keyboard. */}
      <div ref={frame} className="paper-frame" tabIndex={0} role="region" aria-label={t`Invoice preview, scrollable`}>
        <div className={fits ? 'a4-page' : 'a4-page a4-page-flowing'} style={fits ? ({ zoom: scale } as CSSProperties) : undefined}>
          <I18nProvider i18n={document.i18n}>
            <InvoiceDocument
              label={t`Invoice document`}
              language={document.language}
              values={values}
              totals={totals}
              organization={organization}
              profile={profile}
              client={client}
              locale={locale}
              documentLocale={formattingLocale(document.language, navigator.languages)}
              currency={currency}
            />
          </I18nProvider>
        </div>
      </div>
    </>
  );
}
