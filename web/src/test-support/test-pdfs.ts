/**
 * Builds PDFs for tests: a one-page PDF that can carry embedded files (the /EmbeddedFiles name tree
 * Factur-X and ZUGFeRD use) and be padded to a size. Bytes are latin1; offsets in the xref are exact.
 */
export function buildPdf(
  options: { text?: string; attachments?: { name: string; content: string }[]; padToBytes?: number } = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const attachments = options.attachments ?? [];
  const fileSpecs = attachments.map((attachment) => {
    const data = new TextEncoder().encode(attachment.content);
    const stream = add(
      `<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length ${data.length} >>\nstream\n${String.fromCharCode(...data)}\nendstream`,
    );
    return add(
      `<< /Type /Filespec /F (${attachment.name}) /UF (${attachment.name}) /AFRelationship /Data /EF << /F ${stream} 0 R /UF ${stream} 0 R >> >>`,
    );
  });
  const content = `BT /F1 12 Tf 72 720 Td (${(options.text ?? 'Test invoice').replace(/[\\()]/g, (char) => `\\${char}`)}) Tj ET`;
  const contentRef = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  const fontRef = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const pagesRef = objects.length + 2;
  const pageRef = add(
    `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] /Contents ${contentRef} 0 R /Resources << /Font << /F1 ${fontRef} 0 R >> >> >>`,
  );
  add(`<< /Type /Pages /Kids [${pageRef} 0 R] /Count 1 >>`);
  const names = attachments.map((attachment, i) => `(${attachment.name}) ${fileSpecs[i]} 0 R`).join(' ');
  const catalogExtras =
    attachments.length > 0
      ? ` /Names << /EmbeddedFiles << /Names [${names}] >> >> /AF [${fileSpecs.map((ref) => `${ref} 0 R`).join(' ')}]`
      : '';
  const catalogRef = add(`<< /Type /Catalog /Pages ${pagesRef} 0 R${catalogExtras} >>`);

  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  if (options.padToBytes && options.padToBytes > body.length) body += `%${'p'.repeat(options.padToBytes - body.length)}\n`;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalogRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i += 1) bytes[i] = body.charCodeAt(i) & 0xff;
  return bytes;
}

export function facturXml(fields: {
  number: string;
  date: string;
  seller: string;
  buyer: string;
  total: string;
  currency: string;
  typeCode?: string;
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>${fields.number}</ram:ID><ram:TypeCode>${fields.typeCode ?? '380'}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">${fields.date}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>${fields.seller}</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>${fields.buyer}</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>${fields.currency}</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount currencyID="${fields.currency}">${fields.total}</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}
