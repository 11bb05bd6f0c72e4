import { Trans } from '@lingui/react/macro';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">
        <Trans>Page not found</Trans>
      </h1>
      <p>
        <Trans>There is nothing at this address.</Trans>
      </p>
      <p>
        <Link to="/">
          <Trans>Go to your organizations</Trans>
        </Link>
        .
      </p>
    </section>
  );
}
