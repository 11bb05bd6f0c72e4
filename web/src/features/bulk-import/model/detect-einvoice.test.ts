import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { detectEInvoice, readPdfAttachments, xmlEncodingProblem, type PdfReader } from '@composer/shared/einvoice';
import { buildPdf, facturXml } from '../../../test-support/test-pdfs.ts';

const reader = pdfjs as unknown as PdfReader;
const fixtures = new URL('../../../../../../shared/fixtures/einvoices/', import.meta.url);
const truthFile = new URL('truth.jsonl', fixtures);

async function analyse(bytes: Uint8Array) {
  return detectEInvoice(await readPdfAttachments(reader, bytes));
}

describe(
  'e-invoice detection on the shared Factur-X / ZUGFeRD fixtures',
  { skip: existsSync(truthFile) ? false : 'shared fixtures absent' },
  () => {
    const truths = existsSync(truthFile)
      ? readFileSync(truthFile, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, string | string[] | boolean>)
      : [];
    for (const truth of truths) {
      it(`reads ${String(truth.file).slice(0, 60)}`, async () => {
        const result = await analyse(new Uint8Array(readFileSync(new URL(String(truth.file), fixtures))));
        assert.deepEqual(result.attachments, truth.attachments);
        if (!truth.einvoice) {
          assert.equal(result.status, 'none');
          return;
        }
        assert.equal(result.status, 'found');
        if (result.status !== 'found') return;
        assert.equal(result.xmlName, truth.xml_name);
        const date = String(truth.issue_date);
        assert.deepEqual(
          {
            number: result.data.number,
            typeCode: result.data.typeCode,
            issueDate: result.data.issueDate,
            currency: result.data.currency,
            grandTotal: result.data.grandTotal,
            seller: result.data.seller,
            buyer: result.data.buyer,
            guideline: result.data.guideline,
          },
          {
            number: truth.number,
            typeCode: truth.type_code,
            issueDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
            currency: truth.currency,
            grandTotal: truth.grand_total,
            seller: truth.seller,
            buyer: truth.buyer,
            guideline: truth.guideline,
          },
        );
      });
    }
  },
);

describe('e-invoice detection on PDFs built here', () => {
  const xml = facturXml({
    number: 'T-42',
    date: '20261121',
    seller: 'Cabinet Lumière',
    buyer: 'Atelier Durand',
    total: '120.00',
    currency: 'EUR',
  });

  it('finds the XML by content whatever its name, and ignores other attachments', async () => {
    const result = await analyse(
      buildPdf({
        attachments: [
          { name: 'notes.txt', content: 'hello' },
          { name: 'xrechnung.xml', content: xml },
        ],
      }),
    );
    assert.equal(result.status, 'found');
    if (result.status === 'found') {
      assert.equal(result.xmlName, 'xrechnung.xml');
      assert.equal(result.data.number, 'T-42');
      assert.equal(result.data.kind, 'invoice');
      assert.equal(result.data.profile, 'EN 16931');
    }
  });

  it('tells a credit note', async () => {
    const credit = facturXml({
      number: 'AV-1',
      date: '20261121',
      seller: 'S',
      buyer: 'B',
      total: '10.00',
      currency: 'EUR',
      typeCode: '381',
    });
    const result = await analyse(buildPdf({ attachments: [{ name: 'factur-x.xml', content: credit }] }));
    assert.equal(result.status === 'found' && result.data.kind, 'credit note');
  });

  it('flags a broken XML instead of dropping it', async () => {
    const result = await analyse(
      buildPdf({ attachments: [{ name: 'factur-x.xml', content: xml.replace('</rsm:ExchangedDocument>', '') }] }),
    );
    assert.equal(result.status, 'broken');
    assert.equal(result.status === 'broken' && result.problem.code, 'not_well_formed');
  });

  it('reads an XML with a wrong encoding attribute leniently, and says a platform may refuse it', async () => {
    const latin = facturXml({
      number: 'ENC-1',
      date: '20261121',
      seller: 'Cabinet Lumière',
      buyer: 'B',
      total: '10.00',
      currency: 'EUR',
    }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const result = await analyse(buildPdf({ attachments: [{ name: 'factur-x.xml', content: latin }] }));
    assert.equal(result.status, 'found');
    assert.deepEqual(result.status === 'found' && result.problem, { code: 'declared_encoding', encoding: 'ISO-8859-1' });
    const sound = await analyse(buildPdf({ attachments: [{ name: 'factur-x.xml', content: xml }] }));
    assert.equal(sound.status === 'found' && sound.problem, undefined);
  });

  it('flags bytes that are not UTF-8 (a Latin-1 file declared UTF-8)', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><a>Lumi'),
      0xe8,
      ...new TextEncoder().encode('re</a>'),
    ]);
    assert.deepEqual(xmlEncodingProblem(bytes), { code: 'not_utf8' });
    assert.equal(xmlEncodingProblem(new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?><a>Lumière</a>')), undefined);
    assert.deepEqual(xmlEncodingProblem(new TextEncoder().encode('<?xml version="1.0" encoding="UTF8"?><a/>')), {
      code: 'declared_encoding',
      encoding: 'UTF8',
    });
  });

  it('marks a plain PDF as carrying no e-invoice data', async () => {
    assert.equal((await analyse(buildPdf({ text: 'plain' }))).status, 'none');
  });
});
