import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { EnvironmentBadge } from '../../components/environment-badge.tsx';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { connectUrl, type Session } from '../../lib/session.ts';

const authErrors: Record<string, MessageDescriptor | undefined> = {
  access_denied: msg`Access was denied on Qonto’s consent page. Connect again when you are ready.`,
  expired: msg`The connection attempt took too long. Please connect again.`,
};

export function ConnectScreen({ session }: { session: Session }) {
  const { t } = useLingui();
  const authError = new URLSearchParams(window.location.search).get('auth_error');
  return (
    <>
      <header className="app-header">
        <p className="app-name">
          <Trans>Invoice Composer</Trans>
        </p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="connect-screen">
        <h1>
          <Trans>Connect to Qonto</Trans>
        </h1>
        <EnvironmentBadge environment={session.environment} />
        <p>
          <Trans>Invoice Composer creates and imports client invoices in your Qonto account. Qonto asks you to approve access to:</Trans>
        </p>
        <ul>
          <li>
            <Trans>your organization and its bank accounts (to pick the IBAN on invoices),</Trans>
          </li>
          <li>
            <Trans>your clients (to pick or create who you bill),</Trans>
          </li>
          <li>
            <Trans>your client invoices (to create, import and list them).</Trans>
          </li>
        </ul>
        {authError && (
          <p className="error-message" role="alert">
            {t(authErrors[authError] ?? msg`Qonto did not complete the connection. Please try again.`)}
          </p>
        )}
        <a
          className="button button-primary"
          href={connectUrl(window.location.pathname === '/' ? '/' : window.location.pathname + window.location.search)}
        >
          <Trans>Connect to Qonto</Trans>
        </a>
      </main>
    </>
  );
}
