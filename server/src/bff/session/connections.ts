import { randomUUID } from 'node:crypto';

export interface OrganizationSummary {
  id: string;
  legal_name: string;
  legal_country: string;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms. */
  accessTokenExpiresAt: number;
  accessTokenLifetimeS: number;
  scope: string;
}

export interface ConnectedOrganization extends OrganizationSummary {
  /** Qonto no longer lets this consent act for it (taken out of a user-flow consent); the others go on. */
  accessWithdrawn?: boolean;
}

/**
 * One consent: its own tokens, refreshed on their own, and the organizations it covers (one in the
 * membership flow, those ticked in the user flow). A consent Qonto no longer honours is kept, marked
 * `reauthRequired`, so the app offers "Reconnect" for its organizations while the others go on working.
 */
export interface Connection {
  id: string;
  flow: 'membership' | 'user';
  tokens: SessionTokens | null;
  reauthRequired: boolean;
  organizations: ConnectedOrganization[];
}

export interface SessionData {
  connections: Connection[];
}

/** Sessions written before several organizations held one connection; read as a list of one. */
interface SingleConnectionData {
  tokens: SessionTokens | null;
  organization: OrganizationSummary | null;
  reauthRequired: boolean;
}

export function sessionDataFrom(stored: SessionData | SingleConnectionData): SessionData {
  if ('connections' in stored) return stored;
  if (!stored.organization) return { connections: [] };
  const { tokens, reauthRequired, organization } = stored;
  return { connections: [{ id: randomUUID(), flow: 'membership', tokens, reauthRequired, organizations: [organization] }] };
}

export function connectionFor(data: SessionData, organizationId: string): Connection | undefined {
  return data.connections.find((connection) => connection.organizations.some((organization) => organization.id === organizationId));
}

/** Adds a consent; the organizations it covers leave any older consent (left empty, that one is dropped). */
export function withConnection(data: SessionData, added: Connection): SessionData {
  const covered = new Set(added.organizations.map((organization) => organization.id));
  const others = data.connections
    .map((connection) => ({ ...connection, organizations: connection.organizations.filter((o) => !covered.has(o.id)) }))
    .filter((connection) => connection.organizations.length > 0);
  return { connections: [...others, added] };
}

export function withoutOrganization(data: SessionData, organizationId: string): SessionData {
  return {
    connections: data.connections
      .map((connection) => ({ ...connection, organizations: connection.organizations.filter((o) => o.id !== organizationId) }))
      .filter((connection) => connection.organizations.length > 0),
  };
}

export function replaceConnection(data: SessionData, id: string, change: (connection: Connection) => Connection): SessionData {
  return { connections: data.connections.map((connection) => (connection.id === id ? change(connection) : connection)) };
}

export function withAccessWithdrawn(data: SessionData, organizationId: string): SessionData {
  return {
    connections: data.connections.map((connection) => ({
      ...connection,
      organizations: connection.organizations.map((o) => (o.id === organizationId ? { ...o, accessWithdrawn: true } : o)),
    })),
  };
}
