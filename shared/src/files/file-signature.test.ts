import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFileType } from './file-signature.ts';

describe('detectFileType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    assert.equal(detectFileType(Buffer.from('%PDF-1.7\n')), 'application/pdf');
    assert.equal(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
  });

  it('refuses anything else, including near misses and empty input', () => {
    assert.equal(detectFileType(Buffer.from('%PDF')), undefined);
    assert.equal(detectFileType(Buffer.from(' %PDF-1.7')), undefined);
    assert.equal(detectFileType(Buffer.from('GIF89a')), undefined);
    assert.equal(detectFileType(new Uint8Array()), undefined);
  });
});
