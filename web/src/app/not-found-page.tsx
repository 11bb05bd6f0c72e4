import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/invoices">Go to your invoices</Link> or <Link to="/">create an invoice</Link>.
      </p>
    </section>
  );
}
