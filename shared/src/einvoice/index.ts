export * from './detect-einvoice.ts';
export * from './parse-einvoice-xml.ts';
export * from './read-pdf-attachments.ts';
export * from './xml-problem.ts';
