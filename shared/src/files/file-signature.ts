export type SupportedFileType = 'application/pdf' | 'image/jpeg' | 'image/png';

const signatures: { type: SupportedFileType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** How many leading bytes `detectFileType` needs. */
export const fileSignatureLength = 8;

/** Recognises PDF, JPEG and PNG by their first bytes, whatever the file is called. */
export function detectFileType(head: Uint8Array): SupportedFileType | undefined {
  return signatures.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte))?.type;
}
