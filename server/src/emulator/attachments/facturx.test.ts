import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { detectEInvoice, readPdfAttachments, type PdfReader } from '@composer/shared/einvoice';
import { XMLParser } from 'fast-xml-parser';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { embeddedXmlFiles } from '../../testing/embedded-xml.ts';
import { facturXSchemaErrors } from '../../testing/facturx-xsd.ts';
import { startEmulatorHarness, type EmulatorHarness, type JsonBody } from '../../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';

let emulator: EmulatorHarness;
before(async () => {
  emulator = await startEmulatorHarness();
});
after(() => emulator.close());
beforeEach(() => emulator.reset());

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['IncludedSupplyChainTradeLineItem', 'ApplicableTradeTax', 'SpecifiedTradeAllowanceCharge'].includes(name),
});
const cents = (value: unknown) =>
  Math.round(Number(typeof value === 'object' && value !== null ? (value as JsonBody)['#text'] : value) * 100);

async function fetchPdf(invoiceId: string) {
  const invoice = (await emulator.api(`/v2/client_invoices/${invoiceId}`)).body.client_invoice;
  const attachment = (await emulator.api(`/v2/attachments/${invoice.attachment_id}`)).body.attachment;
  const response = await fetch(attachment.url.startsWith('http') ? attachment.url : `${emulator.url}${attachment.url}`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  return { invoice, attachment, pdf: new Uint8Array(await response.arrayBuffer()) };
}

const payload = () =>
  frenchInvoice({
    status: 'draft',
    discount: { type: 'absolute', value: '15.00' },
    items: [
      { title: 'Tenue comptable', quantity: '3', unit: 'hour', unit_price: { value: '120.00', currency: 'EUR' }, vat_rate: '0.2' },
      {
        title: 'Ouvrage fiscal',
        quantity: '2',
        unit_price: { value: '39.90', currency: 'EUR' },
        vat_rate: '0.055',
        discount: { type: 'percentage', value: '0.1' },
      },
      { title: 'Débours', quantity: '1', unit_price: { value: '12.34', currency: 'EUR' }, vat_rate: '0' },
    ],
  });

describe('Factur-X after finalize', () => {
  it('a draft carries no XML; after finalize the regenerated PDF does, dated after finalized_at', async () => {
    const draft = (await emulator.api('/v2/client_invoices', jsonPost(payload()))).body.client_invoice;
    const before = await fetchPdf(draft.id);
    assert.deepEqual(embeddedXmlFiles(before.pdf), []);
    await emulator.api(`/v2/client_invoices/${draft.id}/finalize`, { method: 'POST' });
    const after = await fetchPdf(draft.id);
    assert.ok(Date.parse(after.attachment.updated_at) >= Date.parse(after.invoice.finalized_at));
    assert.equal(embeddedXmlFiles(after.pdf).length, 1);
    assert.match(Buffer.from(after.pdf).toString('latin1'), /pdfaid:part>3</, 'PDF/A-3 metadata');
  });

  it('the delay is honoured: polled before it passes, the file is still the plain one', async () => {
    await emulator.reset({ facturx_delay_ms: 600_000 });
    const draft = (await emulator.api('/v2/client_invoices', jsonPost(payload()))).body.client_invoice;
    await emulator.api(`/v2/client_invoices/${draft.id}/finalize`, { method: 'POST' });
    const early = await fetchPdf(draft.id);
    assert.ok(Date.parse(early.attachment.updated_at) < Date.parse(early.invoice.finalized_at));
    assert.deepEqual(embeddedXmlFiles(early.pdf), []);
    await emulator.advanceClock(601);
    assert.equal(embeddedXmlFiles((await fetchPdf(draft.id)).pdf).length, 1);
  });

  it('the XML is EN 16931 CII matching the invoice, and its arithmetic holds (BR-CO-10/13/14/15/16, BR-S-08)', async () => {
    const draft = (await emulator.api('/v2/client_invoices', jsonPost(payload()))).body.client_invoice;
    await emulator.api(`/v2/client_invoices/${draft.id}/finalize`, { method: 'POST' });
    const { invoice, pdf } = await fetchPdf(draft.id);
    const xml = parser.parse(embeddedXmlFiles(pdf)[0]!).CrossIndustryInvoice;
    assert.equal(xml.ExchangedDocumentContext.GuidelineSpecifiedDocumentContextParameter.ID, 'urn:cen.eu:en16931:2017');
    assert.equal(xml.ExchangedDocument.ID, invoice.number);
    assert.equal(xml.ExchangedDocument.TypeCode, '380');
    assert.equal(xml.ExchangedDocument.IssueDateTime.DateTimeString['#text'], invoice.issue_date.replaceAll('-', ''));
    const trade = xml.SupplyChainTradeTransaction;
    assert.equal(trade.ApplicableHeaderTradeAgreement.SellerTradeParty.Name, invoice.organization.legal_name);
    assert.equal(trade.ApplicableHeaderTradeAgreement.BuyerTradeParty.Name, invoice.client.name);
    const lines = trade.IncludedSupplyChainTradeLineItem;
    assert.deepEqual(
      lines.map((l: JsonBody) => l.SpecifiedTradeProduct.Name),
      invoice.items.map((i: JsonBody) => i.title),
    );
    const settlement = trade.ApplicableHeaderTradeSettlement;
    const sum = settlement.SpecifiedTradeSettlementHeaderMonetarySummation;
    const lineSum = lines.reduce(
      (total: number, l: JsonBody) =>
        total + cents(l.SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount),
      0,
    );
    assert.equal(cents(sum.LineTotalAmount), lineSum, 'BR-CO-10');
    const allowances = (settlement.SpecifiedTradeAllowanceCharge ?? []).reduce(
      (total: number, a: JsonBody) => total + cents(a.ActualAmount),
      0,
    );
    assert.equal(cents(sum.AllowanceTotalAmount ?? 0), allowances, 'BR-CO-11');
    assert.equal(cents(sum.TaxBasisTotalAmount), lineSum - allowances, 'BR-CO-13');
    const taxes = settlement.ApplicableTradeTax;
    assert.equal(
      cents(sum.TaxTotalAmount),
      taxes.reduce((total: number, t: JsonBody) => total + cents(t.CalculatedAmount), 0),
      'BR-CO-14',
    );
    assert.equal(cents(sum.GrandTotalAmount), cents(sum.TaxBasisTotalAmount) + cents(sum.TaxTotalAmount), 'BR-CO-15');
    assert.equal(cents(sum.DuePayableAmount), cents(sum.GrandTotalAmount), 'BR-CO-16');
    for (const tax of taxes) {
      const rate = Number(tax.RateApplicablePercent);
      const base = lines
        .filter((l: JsonBody) => Number(l.SpecifiedLineTradeSettlement.ApplicableTradeTax[0].RateApplicablePercent) === rate)
        .reduce(
          (total: number, l: JsonBody) =>
            total + cents(l.SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount),
          0,
        );
      const rateAllowances = (settlement.SpecifiedTradeAllowanceCharge ?? [])
        .filter((a: JsonBody) => Number(a.CategoryTradeTax.RateApplicablePercent) === rate)
        .reduce((total: number, a: JsonBody) => total + cents(a.ActualAmount), 0);
      assert.equal(cents(tax.BasisAmount), base - rateAllowances, `BR-S-08 at ${rate} %`);
      assert.ok(Math.abs(cents(tax.CalculatedAmount) - Math.round(((base - rateAllowances) * rate) / 100)) <= 1, `BR-CO-17 at ${rate} %`);
    }
    assert.equal(cents(sum.GrandTotalAmount), cents(invoice.total_amount.value), 'the grand total is the invoice total');
    assert.equal(cents(sum.TaxTotalAmount), cents(invoice.vat_amount.value));
  });

  it("reads back through the app's own e-invoice reader (pdf.js, as in the browser), also when created finalized", async () => {
    const created = (await emulator.api('/v2/client_invoices', jsonPost(payload()))).body.client_invoice;
    const issued = (await emulator.api(`/v2/client_invoices/${created.id}/finalize`, { method: 'POST' })).body.client_invoice;
    const direct = (await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()))).body.client_invoice;
    for (const invoice of [issued, direct]) {
      const { pdf } = await fetchPdf(invoice.id);
      const detection = detectEInvoice(await readPdfAttachments(pdfjs as unknown as PdfReader, pdf));
      assert.equal(detection.status, 'found');
      if (detection.status !== 'found') return;
      assert.equal(detection.xmlName, 'factur-x.xml');
      assert.deepEqual(
        {
          number: detection.data.number,
          issueDate: detection.data.issueDate,
          dueDate: detection.data.dueDate,
          profile: detection.data.profile,
        },
        { number: invoice.number, issueDate: invoice.issue_date, dueDate: invoice.due_date, profile: 'EN 16931' },
      );
      assert.equal(detection.data.grandTotal, invoice.total_amount.value);
      assert.equal(detection.data.vatTotal, invoice.vat_amount.value);
      assert.equal(detection.data.buyer, invoice.client.name);
    }
  });

  it('passes the Factur-X 1.07.3 EN 16931 XSD (libxml2), and a broken one does not', async () => {
    const period = { performance_start_date: '2026-10-01', performance_end_date: '2026-10-31', header: 'Mission 2026' };
    const draft = (await emulator.api('/v2/client_invoices', jsonPost({ ...payload(), ...period }))).body.client_invoice;
    assert.equal(draft.status, 'draft');
    await emulator.api(`/v2/client_invoices/${draft.id}/finalize`, { method: 'POST' });
    const [xml] = embeddedXmlFiles((await fetchPdf(draft.id)).pdf);
    assert.match(xml!, /<ram:BillingSpecifiedPeriod>/);
    // The header and the legal mentions are one note: e-invoice-eu would put several into one IncludedNote as several Contents, which the XSD refuses.
    assert.equal(xml!.match(/<ram:IncludedNote>/g)?.length, 1);
    assert.match(xml!, /<ram:IncludedNote>\s*<ram:Content>Mission 2026/);
    assert.deepEqual(await facturXSchemaErrors(xml!), []);
    const plain = (await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()))).body.client_invoice;
    assert.deepEqual(await facturXSchemaErrors(embeddedXmlFiles((await fetchPdf(plain.id)).pdf)[0]!), []);
    const broken = xml!.replace(/<ram:TypeCode>380<\/ram:TypeCode>/, '<ram:Kind>380</ram:Kind>');
    assert.notEqual(broken, xml, 'the check has something to break');
    assert.ok((await facturXSchemaErrors(broken)).length > 0, 'the schema check is real');
  });

  it('an expired or forged link is refused', async () => {
    const draft = (await emulator.api('/v2/client_invoices', jsonPost(payload()))).body.client_invoice;
    const attachment = (await emulator.api(`/v2/attachments/${draft.attachment_id}`)).body.attachment;
    const forged = attachment.url.replace(/signature=[^&]+/, 'signature=AAAA');
    assert.equal((await fetch(forged.startsWith('http') ? forged : `${emulator.url}${forged}`)).status, 403);
    await emulator.advanceClock(31 * 60);
    const late = attachment.url.startsWith('http') ? attachment.url : `${emulator.url}${attachment.url}`;
    assert.equal((await fetch(late)).status, 403);
  });
});
