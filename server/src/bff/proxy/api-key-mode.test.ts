import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';

describe('API-key mode', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness({ QONTO_API_KEY: 'demo-organization:demo-secret-key' });
  });
  after(() => h.close());

  it('is connected without a consent screen and proxies with the key, which never reaches the browser', async () => {
    const browser = h.browser();
    const session = await browser.json('/api/session');
    assert.equal(session.body.connected, true);
    assert.equal(session.body.authMethod, 'api_key');
    const organization = await browser.request(`${qontoApi}/v2/organization`);
    const text = await organization.text();
    assert.equal(organization.status, 200);
    assert.ok(!text.includes('demo-secret-key'));
    assert.equal((await browser.request('/auth/login')).status, 404);
  });

  it('reports a refused key as a configuration error, not as the user’s problem', async () => {
    await h.restart({ QONTO_API_KEY: 'demo-organization:wrong-secret' });
    const answer = await h.browser().json(`${qontoApi}/v2/settings`);
    assert.equal(answer.status, 502);
    assert.equal(answer.body.errors[0].code, 'qonto_configuration_error');
  });
});
