import { clientDisplayName, type Client } from '@composer/shared';

/** What the composer needs fixed on a client before Qonto will invoice it. */
export function clientIssues(client: Client): string[] {
  const issues: string[] = [];
  if (!client.currency) issues.push('No currency: set one on this client in Qonto (the invoice currency comes from the client).');
  if (!client.locale) issues.push('No language (locale): set one on this client in Qonto.');
  if (!client.billing_address?.street_address) issues.push('No billing address: add one to this client in Qonto.');
  if ((client.kind ?? client.type) === 'company' && client.billing_address?.country_code === 'FR' && !client.tax_identification_number) {
    issues.push('French company without SIREN/SIRET: add its tax identification number in Qonto.');
  }
  return issues;
}

export function ClientCard({ client }: { client: Client }) {
  const address = client.billing_address;
  const issues = clientIssues(client);
  return (
    <div className="client-card" aria-live="polite">
      <p className="client-name">{clientDisplayName(client)}</p>
      {address?.street_address && (
        <p className="muted">
          {address.street_address}, {address.zip_code} {address.city} {address.country_code}
        </p>
      )}
      <p>
        Invoice currency: <strong>{client.currency ?? 'none'}</strong>
      </p>
      {issues.length > 0 && (
        <ul className="client-issues" aria-label="This client cannot be invoiced yet">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
