import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { loadBffConfig } from '../bff-config.ts';
import { startBff, type RunningBff } from '../start-bff.ts';
import { BrowserClient } from '../../testing/browser-client.ts';
import { freePort } from '../../testing/free-port.ts';

const sandboxOrganizationId = '5a4db0c0-0000-4000-8000-000000000001';
const qontoApi = `/api/orgs/${sandboxOrganizationId}/qonto`;

/** A stand-in for Qonto's sandbox: JSON with the staging token, its HTML login page without it. */
describe('sandbox: X-Qonto-Staging-Token on every call, HTML reported as a configuration error', () => {
  let sandbox: Server;
  let bff: RunningBff;
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  before(async () => {
    sandbox = createServer((req, res) => {
      seen.push({ path: req.url!, headers: req.headers });
      if (req.headers['x-qonto-staging-token'] !== 'stg-123' || req.url === '/v2/settings') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(`{"organization":{"id":"${sandboxOrganizationId}","legal_name":"Sandbox Org","legal_country":"FR","bank_accounts":[]}}`);
    });
    await new Promise<void>((resolve) => sandbox.listen(0, '127.0.0.1', resolve));
    const sandboxUrl = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
    const port = await freePort();
    const config = loadBffConfig({
      QONTO_ENV: 'sandbox',
      PORT: String(port),
      QONTO_API_KEY: 'org:key',
      QONTO_STAGING_TOKEN: 'stg-123',
      SESSION_SECRET: 's'.repeat(40),
      DATA_DIR: `/tmp/composer-sandbox-${port}`,
    });
    bff = await startBff({
      ...config,
      secureCookies: false,
      webDistDir: null,
      hosts: { api: sandboxUrl, authorize: `${sandboxUrl}/oauth2/auth`, token: `${sandboxUrl}/oauth2/token` },
    });
  });
  after(async () => {
    await bff.close();
    sandbox.close();
  });

  it('sends the staging token and passes JSON through', async () => {
    const answer = await new BrowserClient(bff.url).json(`${qontoApi}/v2/organization`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.organization.legal_name, 'Sandbox Org');
    assert.equal(seen.at(-1)!.headers['x-qonto-staging-token'], 'stg-123');
  });

  it('answers an HTML page from the sandbox with 502 qonto_configuration_error', async () => {
    const answer = await new BrowserClient(bff.url).json(`${qontoApi}/v2/settings`);
    assert.equal(answer.status, 502);
    assert.equal(answer.body.errors[0].code, 'qonto_configuration_error');
  });
});
