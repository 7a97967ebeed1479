// Who may talk to the browser host: pure checks, so they are tested without a socket.
// The server listens on 127.0.0.1 only, but any local program or web page can reach a local port: a
// session credential, a strict same-origin check and a Host check (against DNS rebinding) keep them out.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_HEADER = 'x-juesuan-session';
export const CLIENT_HEADER = 'x-juesuan-client';

export function sameToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The keys to the host. A window is let in by a one-time code (it travels on Chromium's command line, which
 * every local user can read in /proc, so it must be worthless once used); the page trades it, once, for a
 * session credential that it keeps in its own sessionStorage and sends as a header. No cookie: cookies on
 * 127.0.0.1 are sent to every port, so any other local listener would receive them.
 */
export class Credentials {
  private readonly codes = new Set<string>();
  private readonly sessions = new Set<string>();

  /** A fresh one-time code (the first goes on the command line; tests ask for more for more windows). */
  issueCode(fixed?: string): string {
    const code = fixed ?? randomBytes(32).toString('hex');
    this.codes.add(code);
    return code;
  }

  /** Whether a code is still unused (the page's address may carry it until the page has traded it). */
  codeValid(code: string): boolean {
    return [...this.codes].some((c) => sameToken(code, c));
  }

  /** Trades a code for a session credential; null when the code is wrong or already used. */
  exchange(code: unknown): string | null {
    if (typeof code !== 'string') return null;
    const match = [...this.codes].find((c) => sameToken(code, c));
    if (match === undefined) return null;
    this.codes.delete(match);
    const session = randomBytes(32).toString('hex');
    this.sessions.add(session);
    return session;
  }

  sessionValid(given: string | undefined): boolean {
    return given !== undefined && [...this.sessions].some((s) => sameToken(given, s));
  }
}

/** The origins the server answers to: its own address by IP and by name. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/** Refuses requests addressed to another host name (DNS rebinding) or sent from another origin. */
export function checkOrigin(req: RequestFacts, port: number): { ok: true } | { ok: false; reason: string } {
  const origins = ownOrigins(port);
  if (!req.host || !origins.includes(`http://${req.host.toLowerCase()}`)) return { ok: false, reason: '请求的主机名不是本机服务' };
  if (req.origin !== undefined && !origins.includes(req.origin.toLowerCase())) return { ok: false, reason: '请求来自其他网站' };
  if (req.secFetchSite !== undefined && !['same-origin', 'none'].includes(req.secFetchSite)) return { ok: false, reason: '请求来自其他网站' };
  return { ok: true };
}

/** Holder id of a browser tab (one per tab, kept across reloads); anything malformed counts as one shared tab. */
export function clientHolder(header: string | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(header) ? `browser:${header}` : 'browser';
}

/** Security headers on every response. The CSP matches the meta tag in src/renderer/index.html. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
