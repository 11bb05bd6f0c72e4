import { Trans, useLingui } from '@lingui/react/macro';
import { clientFacts, clientIssues } from '@composer/shared/rules/client-invoiceability';
import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';
import { clientDisplayName, type Client } from '@composer/shared/schemas/client';
import { clientIssueSentence } from '../model/client-issue-sentence.ts';

export function ClientCard({ client, profile }: { client: Client; profile: OrganizationProfile }) {
  const { t } = useLingui();
  const address = client.billing_address;
  const facts = clientFacts(client);
  const issues = clientIssues(facts, profile);
  return (
    <div className="client-card" aria-live="polite">
      <p className="client-name">{clientDisplayName(client)}</p>
      {address?.street_address && (
        <p className="muted">
          {address.street_address}, {address.zip_code} {address.city} {address.province_code ? `(${address.province_code}) ` : ''}
          {address.country_code}
        </p>
      )}
      <p>
        <Trans>
          Invoice currency: <strong>{client.currency ?? t`none`}</strong>
        </Trans>
      </p>
      {issues.length > 0 && (
        <ul className="client-issues" aria-label={t`This client cannot be invoiced yet`}>
          {issues.map((issue) => (
            <li key={issue.code}>{clientIssueSentence(issue.code, facts)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
