import { escapeHtml } from '../../lib/escape-html.ts';

export interface ConsentPageInput {
  requestId: string;
  clientName: string;
  identityType: 'membership' | 'user';
  /** The organizations offered: one when the app named it, else all of the user's. */
  organizations: readonly { id: string; legal_name: string; legal_country: string }[];
  scopes: readonly string[];
}

const pageStyle = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1d1d1b}
h1{font-size:1.4rem}ul{padding-left:1.2rem}form{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:.4rem;border:1px solid #1d1d1b;background:#fff;cursor:pointer}
button[value=approve]{background:#1d1d1b;color:#fff}button:focus-visible{outline:3px solid #6b5cff;outline-offset:2px}
fieldset{border:1px solid #ccc;border-radius:.4rem;padding:.5rem 1rem}label{display:block;padding:.25rem 0}`;

/** One organization: stated when the app named it; a radio (membership) or checkbox (user flow) otherwise. */
function organizationChoice(input: ConsentPageInput): string {
  const label = (o: ConsentPageInput['organizations'][number]) => `${escapeHtml(o.legal_name)} (${escapeHtml(o.legal_country)})`;
  if (input.organizations.length === 1) {
    const only = input.organizations[0]!;
    return `<p><strong>${escapeHtml(input.clientName)}</strong> asks to access <strong>${label(only)}</strong> with these permissions:</p>
<input type="hidden" name="organization_id" value="${escapeHtml(only.id)}">`;
  }
  const type = input.identityType === 'user' ? 'checkbox' : 'radio';
  const legend = input.identityType === 'user' ? 'Organizations to share' : 'Organization to share';
  const options = input.organizations
    .map(
      (o, i) =>
        `<label><input type="${type}" name="organization_id" value="${escapeHtml(o.id)}"${type === 'checkbox' || i === 0 ? ' checked' : ''}> ${label(o)}</label>`,
    )
    .join('');
  return `<p><strong>${escapeHtml(input.clientName)}</strong> asks to access your Qonto organization${type === 'checkbox' ? 's' : ''} with these permissions:</p>
<fieldset><legend>${legend}</legend>${options}</fieldset>`;
}

/** Qonto's consent screen, reduced to what a user decides on: who asks, for which organization, for what. */
export function consentPage(input: ConsentPageInput): string {
  const scopes = input.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">
<title>Authorize ${escapeHtml(input.clientName)} – Qonto (local emulator)</title><style>${pageStyle}</style></head>
<body><main>
<h1>Authorize ${escapeHtml(input.clientName)}</h1>
<form method="post" action="/oauth2/auth/decision">
${organizationChoice(input)}
<ul aria-label="Requested permissions">${scopes}</ul>
<input type="hidden" name="request_id" value="${escapeHtml(input.requestId)}">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
<p><small>Local Qonto emulator: no real account is involved.</small></p>
</main></body></html>`;
}

export function authorizeErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Authorization error – Qonto (local emulator)</title><style>${pageStyle}</style></head>
<body><main><h1>This authorization request cannot be completed</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}
