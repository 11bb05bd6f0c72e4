import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlProblem } from './xml-problem.ts';

export interface EInvoiceData {
  syntax: 'CII' | 'ZUGFeRD 1' | 'UBL';
  number: string | null;
  typeCode: string | null;
  kind: 'invoice' | 'credit note';
  issueDate: string | null;
  dueDate: string | null;
  seller: string | null;
  buyer: string | null;
  /** The buyer's VAT number, by which a reader can recognise a known client. */
  buyerVatId: string | null;
  /** Total without VAT (BT-109), VAT (BT-110), with VAT (BT-112): as written, decimal strings. */
  netTotal: string | null;
  vatTotal: string | null;
  grandTotal: string | null;
  currency: string | null;
  guideline: string | null;
  profile: string | null;
}

export type XmlReading = { kind: 'einvoice'; data: EInvoiceData } | { kind: 'other-xml' } | { kind: 'broken'; problem: XmlProblem };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

function at(node: unknown, ...path: string[]): unknown {
  let value = node;
  for (const key of path) {
    if (Array.isArray(value)) value = value[0];
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Node)[key];
  }
  return value;
}

/** Text of an element that may carry attributes (`{#text, @_currencyID}`) or repeat (arrays). */
function text(value: unknown, preferAttribute?: [string, string | null]): string | null {
  if (Array.isArray(value)) {
    const preferred = preferAttribute && value.find((item) => (item as Node)?.[`@_${preferAttribute[0]}`] === preferAttribute[1]);
    return text(preferred ?? value[0]);
  }
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']).trim() || null;
  return null;
}

/** The VAT number (`schemeID="VA"`) among a party's tax registrations (the other is often the tax number, FC). */
function vatRegistration(registrations: unknown): string | null {
  const list = Array.isArray(registrations) ? registrations : [registrations];
  const ids = list.map((registration) => at(registration, 'ID'));
  return text(ids.find((id) => (id as Node | undefined)?.['@_schemeID'] === 'VA'));
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

export function profileName(guideline: string | null): string | null {
  if (!guideline) return null;
  const id = guideline.toLowerCase();
  if (id.includes('xrechnung')) return 'XRechnung';
  if (id.includes('ferd:crossindustrydocument')) return `ZUGFeRD 1 ${id.split(':').pop()?.toUpperCase() ?? ''}`.trim();
  if (id.includes('extended')) return 'EXTENDED';
  if (id.includes('basicwl')) return 'BASIC WL';
  if (id.includes('basic')) return 'BASIC';
  if (id.includes('minimum')) return 'MINIMUM';
  if (id.includes('en16931')) return 'EN 16931';
  return guideline;
}

const kindOf = (typeCode: string | null): EInvoiceData['kind'] => (typeCode === '381' || typeCode === '261' ? 'credit note' : 'invoice');

/** Where the two Cross Industry syntaxes keep the same facts under different element names. */
const crossIndustryPaths = {
  CII: {
    context: 'ExchangedDocumentContext',
    document: 'ExchangedDocument',
    transaction: 'SupplyChainTradeTransaction',
    agreement: 'ApplicableHeaderTradeAgreement',
    settlement: 'ApplicableHeaderTradeSettlement',
    summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
  },
  'ZUGFeRD 1': {
    context: 'SpecifiedExchangedDocumentContext',
    document: 'HeaderExchangedDocument',
    transaction: 'SpecifiedSupplyChainTradeTransaction',
    agreement: 'ApplicableSupplyChainTradeAgreement',
    settlement: 'ApplicableSupplyChainTradeSettlement',
    summation: 'SpecifiedTradeSettlementMonetarySummation',
  },
} as const;

function fromCrossIndustry(root: Node, syntax: keyof typeof crossIndustryPaths): EInvoiceData {
  const paths = crossIndustryPaths[syntax];
  const document = at(root, paths.document);
  const transaction = at(root, paths.transaction);
  const agreement = at(transaction, paths.agreement);
  const settlement = at(transaction, paths.settlement);
  const currency = text(at(settlement, 'InvoiceCurrencyCode'));
  const typeCode = text(at(document, 'TypeCode'));
  const guideline = text(at(root, paths.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'));
  return {
    syntax,
    number: text(at(document, 'ID')),
    typeCode,
    kind: kindOf(typeCode),
    issueDate: isoDate(text(at(document, 'IssueDateTime', 'DateTimeString'))),
    dueDate: isoDate(text(at(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime', 'DateTimeString'))),
    seller: text(at(agreement, 'SellerTradeParty', 'Name')),
    buyer: text(at(agreement, 'BuyerTradeParty', 'Name')),
    buyerVatId: vatRegistration(at(agreement, 'BuyerTradeParty', 'SpecifiedTaxRegistration')),
    netTotal: text(at(settlement, paths.summation, 'TaxBasisTotalAmount'), ['currencyID', currency]),
    vatTotal: text(at(settlement, paths.summation, 'TaxTotalAmount'), ['currencyID', currency]),
    grandTotal: text(at(settlement, paths.summation, 'GrandTotalAmount'), ['currencyID', currency]),
    currency,
    guideline,
    profile: profileName(guideline),
  };
}

function fromUbl(root: Node, creditNote: boolean): EInvoiceData {
  const party = (role: string) =>
    text(at(root, role, 'Party', 'PartyLegalEntity', 'RegistrationName')) ?? text(at(root, role, 'Party', 'PartyName', 'Name'));
  const typeCode = text(at(root, creditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'));
  const guideline = text(at(root, 'CustomizationID'));
  return {
    syntax: 'UBL',
    number: text(at(root, 'ID')),
    typeCode,
    kind: creditNote ? 'credit note' : kindOf(typeCode),
    issueDate: isoDate(text(at(root, 'IssueDate'))),
    dueDate: isoDate(text(at(root, 'DueDate')) ?? text(at(root, 'PaymentMeans', 'PaymentDueDate'))),
    seller: party('AccountingSupplierParty'),
    buyer: party('AccountingCustomerParty'),
    buyerVatId: text(at(root, 'AccountingCustomerParty', 'Party', 'PartyTaxScheme', 'CompanyID')),
    netTotal: text(at(root, 'LegalMonetaryTotal', 'TaxExclusiveAmount')),
    vatTotal: text(at(root, 'TaxTotal', 'TaxAmount')),
    grandTotal: text(at(root, 'LegalMonetaryTotal', 'TaxInclusiveAmount')),
    currency: text(at(root, 'DocumentCurrencyCode')),
    guideline,
    profile: profileName(guideline),
  };
}

/** Reads an embedded XML: a CII (Factur-X, ZUGFeRD 2, XRechnung), ZUGFeRD 1 or UBL invoice, recognised by its root element. */
export function readEInvoiceXml(xml: string): XmlReading {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { kind: 'broken', problem: { code: 'not_well_formed', line: valid.err.line, detail: valid.err.msg } };
  const document = parser.parse(xml) as Node;
  if (document.CrossIndustryInvoice) return { kind: 'einvoice', data: fromCrossIndustry(document.CrossIndustryInvoice as Node, 'CII') };
  if (document.CrossIndustryDocument)
    return { kind: 'einvoice', data: fromCrossIndustry(document.CrossIndustryDocument as Node, 'ZUGFeRD 1') };
  if (document.Invoice) return { kind: 'einvoice', data: fromUbl(document.Invoice as Node, false) };
  if (document.CreditNote) return { kind: 'einvoice', data: fromUbl(document.CreditNote as Node, true) };
  return { kind: 'other-xml' };
}
