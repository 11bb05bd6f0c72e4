import { escapeHtml } from '../../lib/escape-html.ts';

export interface ConsentPageInput {
  requestId: string;
  clientName: string;
  organizationName: string;
  scopes: readonly string[];
}

const pageStyle = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1d1d1b}
h1{font-size:1.4rem}ul{padding-left:1.2rem}form{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:.4rem;border:1px solid #1d1d1b;background:#fff;cursor:pointer}
button[value=approve]{background:#1d1d1b;color:#fff}button:focus-visible{outline:3px solid #6b5cff;outline-offset:2px}`;

/** Qonto's consent screen, reduced to what a user decides on: who asks, for which organization, for what. */
export function consentPage(input: ConsentPageInput): string {
  const scopes = input.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">
<title>Authorize ${escapeHtml(input.clientName)} – Qonto (local emulator)</title><style>${pageStyle}</style></head>
<body><main>
<h1>Authorize ${escapeHtml(input.clientName)}</h1>
<p><strong>${escapeHtml(input.clientName)}</strong> asks to access <strong>${escapeHtml(input.organizationName)}</strong> with these permissions:</p>
<ul aria-label="Requested permissions">${scopes}</ul>
<form method="post" action="/oauth2/auth/decision">
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
