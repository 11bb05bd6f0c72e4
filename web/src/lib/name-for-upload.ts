import { detectFileType, fileNameForContent, fileSignatureLength, type SupportedFileType } from '@composer/shared/files/file-signature';

/**
 * The name a file is sent to Qonto under: Qonto refuses a name whose extension is not .pdf, .jpeg, .jpg or
 * .png or does not match the content, so the name follows what the content is.
 */
export function nameForUpload(name: string, type: SupportedFileType | null | undefined): string {
  return type ? fileNameForContent(name, type) : name;
}

/** Reads a file's first bytes to name it by its content. */
export async function nameForFile(file: File): Promise<string> {
  const head = new Uint8Array(await file.slice(0, fileSignatureLength).arrayBuffer());
  return nameForUpload(file.name, detectFileType(head));
}
