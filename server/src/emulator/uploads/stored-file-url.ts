/** Where the emulator serves stored bytes without authentication, like a pre-signed storage link. */
export function uploadFileUrl(publicUrl: string, id: string, filename: string): string {
  return `${publicUrl}/_files/uploads/${id}/${encodeURIComponent(filename)}`;
}

export function importedFileUrl(publicUrl: string, invoiceId: string, filename: string): string {
  return `${publicUrl}/_files/imports/${invoiceId}/${encodeURIComponent(filename)}`;
}
