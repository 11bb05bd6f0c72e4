import { Trans, useLingui } from '@lingui/react/macro';
import { Suspense, type ReactNode } from 'react';
import { lazyPart } from '../components/lazy-part.tsx';
import { useSession } from '../lib/session.ts';
import { AppHeader } from './app-header.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ScrollToTop } from './scroll-to-top.tsx';

// Shown once, before the first organization is connected: not part of the app's first load.
const { Part: ConnectScreen } = lazyPart(() => import('../features/connect/connect-screen.tsx').then((module) => module.ConnectScreen));

function AppLoading() {
  return (
    <main id="main" className="app-loading">
      <p role="status">
        <Trans>Loading…</Trans>
      </p>
    </main>
  );
}

/** The shell: connect first; once connected, header, navigation and the page. */
export function AppRoot({ children }: { children: ReactNode }) {
  const { t } = useLingui();
  const session = useSession();
  if (session.isPending) return <AppLoading />;
  if (session.isError) {
    return (
      <main id="main" className="app-main">
        <h1>
          <Trans>Invoice Composer</Trans>
        </h1>
        <ErrorMessage error={session.error} title={t`The app server does not answer.`} />
        <button type="button" className="button" onClick={() => void session.refetch()}>
          <Trans>Try again</Trans>
        </button>
      </main>
    );
  }
  const { data } = session;
  if (data.organizations.length === 0) {
    return (
      <Suspense fallback={<AppLoading />}>
        <ConnectScreen session={data} />
      </Suspense>
    );
  }
  return (
    <>
      <ScrollToTop />
      <AppHeader session={data} />
      <main id="main" className="app-main">
        {children}
      </main>
    </>
  );
}
