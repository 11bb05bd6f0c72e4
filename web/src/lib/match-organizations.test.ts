import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchOrganizations } from './match-organizations.ts';

const organizations = [
  { legal_name: 'Cabinet Lumière SAS', legal_country: 'FR' },
  { legal_name: 'Studio Aurora Srl', legal_country: 'IT' },
  { legal_name: 'Estudio Sol SL', legal_country: 'ES' },
  { legal_name: 'Kanzlei Morgen GmbH', legal_country: 'DE' },
];
const names = (typed: string) => matchOrganizations(organizations, typed).map((o) => o.legal_name);

describe('matchOrganizations', () => {
  it('finds a name by any part of it, accents and case ignored', () => {
    assert.deepEqual(names('lumiere'), ['Cabinet Lumière SAS']);
    assert.deepEqual(names('MORGEN'), ['Kanzlei Morgen GmbH']);
    assert.deepEqual(names('studio'), ['Studio Aurora Srl', 'Estudio Sol SL']);
  });

  it('needs every word typed, the country included', () => {
    assert.deepEqual(names('studio es'), ['Estudio Sol SL']);
    assert.deepEqual(names('  de  '), ['Kanzlei Morgen GmbH']);
    assert.deepEqual(names('sol it'), []);
  });

  it('offers nothing until something is typed', () => {
    assert.deepEqual(names('   '), []);
  });
});
