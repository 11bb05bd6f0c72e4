import type { ClientInvoiceCreatePayload } from '@composer/shared';
import { demoClients, type ClientRecord } from './seed/demo-clients.ts';
import { demoProducts, type ProductRecord } from './seed/demo-products.ts';
import { demoOrganization, type EmulatorCountry, type OrganizationRecord } from './seed/demo-organizations.ts';

export interface EmulatorSettings {
  country: EmulatorCountry;
  /** Spain only: the demo organization is an autónomo (freelancer) rather than a company. */
  freelancer: boolean;
  /** Qonto's e-invoicing activation; Italian organizations cannot create invoices without it. */
  einvoicingActivated: boolean;
  numberingMode: 'automatic' | 'manual';
  accessTokenTtlS: number;
  /** Generated products added to the seeded catalogue (tests and benchmarks of a large catalogue). */
  extraProducts?: number;
  /** How long after finalize the Factur-X PDF replaces the plain one (Qonto: about 10 s). */
  facturxDelayMs: number;
  /** Time between two steps of an e-invoice's lifecycle (submitted → issued → received). */
  einvoicingStepMs: number;
}

export interface StoredUpload {
  id: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
  createdAt: string;
}

export interface StoredInvoice {
  /** The invoice exactly as the API returns it. */
  record: Record<string, unknown> & { id: string; number?: string; status: string; created_at: string };
  imported: boolean;
  /** What the invoice was created (or last updated) from: PATCH merges into it. Absent for imports. */
  payload?: ClientInvoiceCreatePayload;
  /** Factur-X regeneration after finalize: when it lands, and the bytes once built. */
  facturx?: { readyAt: number; pdf?: Buffer };
  /** The plain PDF of the invoice as it stood at `updatedAt`: polls and downloads reuse it until it changes. */
  plainPdf?: { updatedAt: string; bytes: Uint8Array };
  /** E-invoice sending: the lifecycle planned at send time, revealed as the clock passes each step. */
  einvoicing?: { steps: { at: number; statusCode: number; status: string; reason?: string }[] };
  /** For imported invoices: the original file, served as it was sent. */
  file?: { name: string; contentType: string; bytes: Buffer };
}

export interface SentEmail {
  id: string;
  invoice_id: string;
  invoice_number: string | null;
  send_to: string[];
  copy_to: string[];
  email_title: string;
  email_body: string;
  attachment: { file_name: string; content_type: string; size: number; sha256: string; has_facturx_xml: boolean };
  sent_at: string;
}

export interface StoredCreditNote {
  record: Record<string, unknown> & { id: string; invoice_id: string; number?: string; created_at: string };
  /** The credited amount, positive, for the "never above the invoice" check. */
  creditedTotal: string;
}

/**
 * What a consent covers: one organization in the membership flow, those the user ticked in the user flow
 * (whose calls then name one with `X-Qonto-Organization-Id`).
 */
export interface ConsentedOrganizations {
  identityType: 'membership' | 'user';
  organizationIds: readonly string[];
}

export interface AccessToken extends ConsentedOrganizations {
  grantId: string;
  clientId: string | null;
  scopes: readonly string[];
  expiresAt: number;
}

export interface RefreshToken extends ConsentedOrganizations {
  grantId: string;
  clientId: string;
  scopes: readonly string[];
  expiresAt: number;
  rotatedAt: number | null;
}

export interface AuthorizationCode extends ConsentedOrganizations {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  codeChallenge: string | null;
  expiresAt: number;
  used: boolean;
  grantId: string;
}

export interface PendingConsent {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  codeChallenge: string | null;
  expiresAt: number;
  identityType: 'membership' | 'user';
  /** `organization_id` on the authorize URL: the consent is for that organization, no choice offered. */
  organizationId: string | null;
}

/** What all organizations of the emulator share: one authorization server, one clock, one set of faults. */
export interface EmulatorShared {
  oauth: {
    pendingConsents: Map<string, PendingConsent>;
    codes: Map<string, AuthorizationCode>;
    accessTokens: Map<string, AccessToken>;
    refreshTokens: Map<string, RefreshToken>;
    /** Every token ever issued, kept for tests that check no secret leaks (never used for auth). */
    issued: Set<string>;
  };
  faults: FaultRule[];
  counters: Counters;
  /** Added to the wall clock for token lifetimes, so tests can jump past an expiry. */
  clock: { offsetMs: number };
}

export interface FaultRule {
  method: string;
  path: string;
  action: { kind: 'status'; status: number; retryAfterS?: number } | { kind: 'reset' } | { kind: 'delay'; delayMs: number };
  remaining: number;
}

export interface Counters {
  /** Requests that reached Qonto's API paths (/v2/...). */
  apiRequests: number;
  invoicesCreated: number;
  uploads: number;
  importedFiles: number;
  clientsCreated: number;
  productsCreated: number;
  tokenGrants: { authorization_code: number; refresh_token: number };
  faultsTriggered: number;
}

/** One organization's data, with references to what every organization shares. */
export interface EmulatorStore extends EmulatorShared {
  settings: EmulatorSettings;
  organization: OrganizationRecord;
  clients: Map<string, ClientRecord>;
  products: Map<string, ProductRecord>;
  invoices: Map<string, StoredInvoice>;
  /** Every invoice number in use: numbers are unique per organization. */
  invoiceNumbers: Set<string>;
  uploads: Map<string, StoredUpload>;
  /** Attachment id → the invoice whose PDF it is. */
  attachments: Map<string, string>;
  creditNotes: Map<string, StoredCreditNote>;
  creditNoteNumbers: Set<string>;
  nextCreditNoteSequence: number;
  /** Every email `/send` sent, oldest first (read by tests under `/_emulator/outbox`). */
  outbox: SentEmail[];
  /** E-invoices the platform will reject, counted down by each `/send_by_einvoice`. */
  einvoicingRejections: number;
  importsBySha256: Map<string, string>;
  nextInvoiceSequence: number;
}

function freshCounters(): Counters {
  return {
    apiRequests: 0,
    invoicesCreated: 0,
    uploads: 0,
    importedFiles: 0,
    clientsCreated: 0,
    productsCreated: 0,
    tokenGrants: { authorization_code: 0, refresh_token: 0 },
    faultsTriggered: 0,
  };
}

export function createEmulatorShared(): EmulatorShared {
  return {
    oauth: { pendingConsents: new Map(), codes: new Map(), accessTokens: new Map(), refreshTokens: new Map(), issued: new Set() },
    faults: [],
    counters: freshCounters(),
    clock: { offsetMs: 0 },
  };
}

/** No faults, counters at zero, the clock back to now; OAuth grants survive, so a connected app stays connected. */
export function resetEmulatorShared(shared: EmulatorShared): void {
  shared.faults.length = 0;
  Object.assign(shared.counters, freshCounters());
  shared.clock.offsetMs = 0;
}

export function createEmulatorStore(settings: EmulatorSettings, shared: EmulatorShared = createEmulatorShared(), slot = 0): EmulatorStore {
  const { oauth, faults, counters, clock } = shared;
  const store = { oauth, faults, counters, clock } as EmulatorStore;
  resetEmulatorStore(store, settings, slot);
  return store;
}

/** Back to the seed: the organization of the chosen country, its clients and products, no invoices. */
export function resetEmulatorStore(store: EmulatorStore, settings: EmulatorSettings, slot = 0): void {
  store.settings = settings;
  store.organization = demoOrganization({ country: settings.country, freelancer: settings.freelancer });
  store.clients = new Map(demoClients(slot).map((client) => [client.id, client]));
  store.products = new Map(demoProducts(settings.country, settings.extraProducts ?? 0).map((product) => [product.id, product]));
  store.invoices = new Map();
  store.invoiceNumbers = new Set();
  store.uploads = new Map();
  store.attachments = new Map();
  store.creditNotes = new Map();
  store.creditNoteNumbers = new Set();
  store.nextCreditNoteSequence = 1;
  store.outbox = [];
  store.einvoicingRejections = 0;
  store.importsBySha256 = new Map();
  store.nextInvoiceSequence = 1;
}

export function emulatorNow(store: Pick<EmulatorShared, 'clock'>): number {
  return Date.now() + store.clock.offsetMs;
}
