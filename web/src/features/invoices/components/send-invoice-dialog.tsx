import { Trans, useLingui } from '@lingui/react/macro';
import { pointerToFieldPath } from '@composer/shared/errors/pointer-to-field';
import { zodIssuesToQontoErrors } from '@composer/shared/errors/zod-issues-to-qonto-errors';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { sendInvoicePayloadSchema, type SendInvoicePayload } from '@composer/shared/schemas/invoice-actions';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { DialogButtons } from './dialog-buttons.tsx';
import { DialogField } from './dialog-field.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { sendTemplate, splitRecipients } from '../model/send-template.ts';
import { fieldMessage } from '../../../lib/field-message.ts';
import { MessageText } from '../../../components/message-text.tsx';
import { formattingLocale } from '../../../lib/i18n/languages.ts';
import { languageOfLocale, useLanguageI18n } from '../../../lib/i18n/use-language-i18n.ts';

interface Props {
  open: boolean;
  invoice: ClientInvoice;
  organizationName: string;
  recipients: string[];
  /** The client can receive e-invoices and the organization can send them. */
  einvoiceOffered: boolean;
  pending: boolean;
  error: unknown;
  onSendEmail: (payload: SendInvoicePayload) => void;
  onSendEinvoice: () => void;
  onClose: () => void;
}

function errorsByField(
  errors: readonly { code?: string | undefined; detail?: string | undefined; source?: { pointer?: string | undefined } | undefined }[],
  fallback: string,
) {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = pointerToFieldPath(error.source?.pointer ?? '')?.split('.')[0] ?? '';
    byField[field] ??= error.code ? fieldMessage(error.detail, error.code) : (error.detail ?? fallback);
  }
  return byField;
}

export function SendInvoiceDialog(props: Props) {
  const { t } = useLingui();
  const { invoice, organizationName, einvoiceOffered, pending, error } = props;
  // The message is written in the client's language; until the user edits it, it follows that catalog's arrival.
  const letter = useLanguageI18n(languageOfLocale(invoice.client?.locale));
  const template = sendTemplate(invoice, organizationName, letter.i18n, formattingLocale(letter.language, navigator.languages));
  const [to, setTo] = useState(props.recipients.join(', '));
  const [typedTitle, setTitle] = useState<string>();
  const [typedBody, setBody] = useState<string>();
  const title = typedTitle ?? template.title;
  const body = typedBody ?? template.body;
  const [copyToSelf, setCopyToSelf] = useState(true);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const serverErrors = error instanceof ApiError && error.status === 422 ? errorsByField(error.errors, t`is not valid`) : {};
  const shown = { ...serverErrors, ...fieldErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = { send_to: splitRecipients(to), email_title: title, email_body: body, copy_to_self: copyToSelf };
    const parsed = sendInvoicePayloadSchema.safeParse(payload);
    if (!parsed.success) {
      setFieldErrors(errorsByField(zodIssuesToQontoErrors(parsed.error, payload), t`is not valid`));
      return;
    }
    setFieldErrors({});
    props.onSendEmail(parsed.data);
  };

  const problem = (name: string) => shown[name] && <MessageText text={shown[name]} />;

  return (
    <ModalDialog open={props.open} title={t`Send invoice ${invoice.number ?? ''}`} titleId="send-invoice-title" onClose={props.onClose}>
      {einvoiceOffered && (
        <section aria-labelledby="send-einvoice-title" className="send-einvoice">
          <h3 id="send-einvoice-title">
            <Trans>Send as e-invoice (recommended)</Trans>
          </h3>
          <p>
            <Trans>
              This client can receive e-invoices. Sent through Qonto&apos;s approved platform, the invoice reaches the client&apos;s
              accounting directly, in the format the French reform requires, and you can follow its delivery here.
            </Trans>
          </p>
          <button type="button" className="button button-primary" disabled={pending} onClick={props.onSendEinvoice}>
            <Trans>Send as e-invoice</Trans>
          </button>
          <h3>
            <Trans>Or send by email</Trans>
          </h3>
        </section>
      )}
      <form onSubmit={submit} noValidate>
        <DialogField id="send-send_to" label={t`Recipients (separate several with commas)`} problem={problem('send_to')}>
          {(control) => <input {...control} type="text" value={to} onChange={(event) => setTo(event.target.value)} />}
        </DialogField>
        <DialogField id="send-email_title" label={t`Subject`} problem={problem('email_title')}>
          {(control) => <input {...control} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />}
        </DialogField>
        <DialogField id="send-email_body" label={t`Message`} problem={problem('email_body')}>
          {(control) => <textarea {...control} rows={8} value={body} onChange={(event) => setBody(event.target.value)} />}
        </DialogField>
        <label className="checkbox">
          <Trans>
            <input type="checkbox" checked={copyToSelf} onChange={(event) => setCopyToSelf(event.target.checked)} />
            Send me a copy
          </Trans>
        </label>
        {error && !(error instanceof ApiError && error.status === 422) ? (
          <ErrorMessage error={error} title={t`The invoice was not sent.`} />
        ) : null}
        <DialogButtons
          submitLabel={t`Send by email`}
          pending={pending}
          onClose={props.onClose}
          tone={einvoiceOffered ? 'plain' : 'primary'}
        />
      </form>
    </ModalDialog>
  );
}
