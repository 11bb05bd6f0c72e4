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

/** The extensions the reference supports: "only `.pdf`, `.jpeg`, `.jpg`, `.png`". */
const extensionsByType: Record<SupportedFileType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpeg', 'jpg'],
  'image/png': ['png'],
};

function extensionOf(fileName: string): string | undefined {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase();
}

/** Why a file name would be refused for its content, or undefined when name and content agree. */
export function fileNameProblem(fileName: string, type: SupportedFileType): string | undefined {
  const extension = extensionOf(fileName);
  if (extension === undefined) return `${fileName} has no extension: name it .pdf, .jpeg, .jpg or .png.`;
  const allowed = Object.values(extensionsByType).flat();
  if (!allowed.includes(extension)) return `${fileName}: only .pdf, .jpeg, .jpg and .png files are supported.`;
  if (!extensionsByType[type].includes(extension))
    return `${fileName} is named .${extension} but its content is ${type.split('/')[1]!.toUpperCase()}.`;
  return undefined;
}

/**
 * The name to send a file under: its own when its extension matches its content, otherwise its base name
 * with the extension its content calls for (`scan` → `scan.pdf`, `photo.pdf` holding a PNG → `photo.png`).
 */
export function fileNameForContent(fileName: string, type: SupportedFileType): string {
  if (fileNameProblem(fileName, type) === undefined) return fileName;
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'file';
  return `${base}.${extensionsByType[type][0]}`;
}
