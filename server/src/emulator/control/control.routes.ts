import { zodIssuesToQontoErrors } from '@composer/shared';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../../lib/error-response.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorSettings, EmulatorStore, FaultRule } from '../emulator-store.ts';
import { emulatorNow } from '../emulator-store.ts';
import { revokeGrant, withdrawOrganization } from '../auth/issue-tokens.ts';
import { resetEmulatorOrganizations, type EmulatorOrganizations } from '../organizations/emulator-organizations.ts';
import { clockBodySchema, einvoicingBodySchema, faultsBodySchema, resetBodySchema, type FaultRuleInput } from './control-schemas.ts';

function toFaultRule(input: FaultRuleInput): FaultRule {
  const action: FaultRule['action'] =
    input.status === 'reset'
      ? { kind: 'reset' }
      : input.status === 'delay'
        ? { kind: 'delay', delayMs: input.delay_ms ?? 0 }
        : { kind: 'status', status: input.status, ...(input.retry_after_s === undefined ? {} : { retryAfterS: input.retry_after_s }) };
  return { method: input.method, path: input.path, action, remaining: input.times };
}

/** The header every state-changing control request carries; a cross-site form or image cannot send it. */
export const controlHeader = 'x-emulator-control';

/**
 * A web page the user visits must not be able to reset or fault a running emulator: state-changing
 * control requests need JSON (when they have a body), the control header (which forces a CORS preflight
 * this server never grants), and no foreign `Origin`.
 */
function refuseCrossSite(publicUrl: string) {
  const own = publicUrl ? new URL(publicUrl).origin : undefined;
  return createMiddleware<EmulatorEnv>(async function refuseCrossSiteControl(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const hasBody = c.req.method === 'POST';
      const json = /^application\/json\b/i.test(c.req.header('content-type') ?? '');
      const foreign = origin !== undefined && origin !== own && origin !== new URL(c.req.url).origin;
      if (c.req.header(controlHeader) !== '1' || (hasBody && !json) || foreign) {
        throw new ApiProblem(403, {
          code: 'forbidden',
          detail: `Control requests need Content-Type: application/json and ${controlHeader}: 1, and no foreign Origin.`,
        });
      }
    }
    await next();
  });
}

/** `?organization_id=` names the organization a request is about; without it, the primary one. */
function organizationOf(organizations: EmulatorOrganizations, id: string | undefined): EmulatorStore {
  if (id === undefined) return organizations.primary;
  const store = organizations.byId(id);
  if (!store) throw new ApiProblem(404, { code: 'not_found', detail: `The emulator has no organization ${id}.` });
  return store;
}

/** Test-only control surface: reset the data, plant faults, read counters. Never part of Qonto's API. */
export function controlRoutes(organizations: EmulatorOrganizations, defaults: EmulatorSettings, publicUrl = '') {
  const app = new Hono<EmulatorEnv>();
  const { shared } = organizations;
  app.use('/_emulator/*', refuseCrossSite(publicUrl));

  app.post('/_emulator/reset', async (c) => {
    const text = await c.req.text();
    let body: unknown = {};
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiProblem(400, { code: 'malformed_json', detail: 'The body is not valid JSON.' });
      }
    }
    const parsed = resetBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body, ''));
    const country = parsed.data.country ?? (parsed.data.freelancer ? 'ES' : defaults.country);
    resetEmulatorOrganizations(organizations, {
      country,
      freelancer: parsed.data.freelancer ?? (country === defaults.country && defaults.freelancer),
      einvoicingActivated: parsed.data.einvoicing_activated ?? defaults.einvoicingActivated,
      numberingMode: parsed.data.numbering_mode ?? defaults.numberingMode,
      accessTokenTtlS: parsed.data.access_token_ttl_s ?? defaults.accessTokenTtlS,
      extraProducts: parsed.data.extra_products ?? 0,
      facturxDelayMs: parsed.data.facturx_delay_ms ?? defaults.facturxDelayMs,
      einvoicingStepMs: parsed.data.einvoicing_step_ms ?? defaults.einvoicingStepMs,
    });
    const primary = organizations.primary;
    return c.json({
      settings: primary.settings,
      organization_id: primary.organization.id,
      organization_ids: organizations.all.map((store) => store.organization.id),
    });
  });

  app.post('/_emulator/faults', async (c) => {
    const body = await readJsonObject(c);
    const parsed = faultsBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body, ''));
    shared.faults.push(...parsed.data.map(toFaultRule));
    return c.json({ faults: shared.faults }, 201);
  });

  app.post('/_emulator/einvoicing', async (c) => {
    const body = await readJsonObject(c);
    const parsed = einvoicingBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body, ''));
    const store = organizationOf(organizations, c.req.query('organization_id'));
    if (parsed.data.activated !== undefined) store.settings = { ...store.settings, einvoicingActivated: parsed.data.activated };
    if (parsed.data.reject_next_sends !== undefined) store.einvoicingRejections = parsed.data.reject_next_sends;
    return c.json({ settings: store.settings, reject_next_sends: store.einvoicingRejections });
  });

  app.post('/_emulator/clock', async (c) => {
    const body = await readJsonObject(c);
    const parsed = clockBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body, ''));
    shared.clock.offsetMs += parsed.data.advance_s * 1000;
    return c.json({ clock_offset_s: shared.clock.offsetMs / 1000 });
  });

  // The user withdraws the app's access to one organization in Qonto: every consent covering it ends.
  app.post('/_emulator/consents/revoke', async (c) => {
    const store = organizationOf(organizations, c.req.query('organization_id'));
    const id = store.organization.id;
    const grants = new Set(
      [...shared.oauth.accessTokens.values(), ...shared.oauth.refreshTokens.values()]
        .filter((token) => token.organizationIds.includes(id))
        .map((token) => token.grantId),
    );
    for (const grantId of grants) revokeGrant(shared, grantId);
    return c.json({ revoked_grants: grants.size });
  });

  // The user's access to one organization ends while their other organizations stay consented (user flow).
  app.post('/_emulator/consents/withdraw-organization', (c) => {
    const store = organizationOf(organizations, c.req.query('organization_id'));
    const { revokedGrants, narrowedGrants } = withdrawOrganization(shared, store.organization.id);
    return c.json({ revoked_grants: revokedGrants, narrowed_grants: narrowedGrants });
  });

  app.get('/_emulator/outbox', (c) => c.json({ emails: organizationOf(organizations, c.req.query('organization_id')).outbox }));

  app.delete('/_emulator/faults', (c) => {
    shared.faults.length = 0;
    return c.body(null, 204);
  });

  app.get('/_emulator/state', (c) => {
    const store = organizationOf(organizations, c.req.query('organization_id'));
    return c.json({
      settings: store.settings,
      organization_id: store.organization.id,
      counters: {
        ...shared.counters,
        invoices: [...store.invoices.values()].filter((invoice) => !invoice.imported).length,
        imported_invoices: [...store.invoices.values()].filter((invoice) => invoice.imported).length,
        clients: store.clients.size,
        uploads_stored: store.uploads.size,
        live_access_tokens: [...shared.oauth.accessTokens.values()].filter((token) => token.expiresAt > emulatorNow(shared)).length,
      },
      faults: shared.faults,
    });
  });

  return app;
}
