const storageKey = 'invoice-composer:last-organization';

/** The organization last worked in, where old links without an organization (`/invoices`) lead. */
export function rememberOrganization(organizationId: string): void {
  try {
    localStorage.setItem(storageKey, organizationId);
  } catch {
    // Private browsing may refuse storage: the first organization is used instead.
  }
}

export function lastOrganization(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
