// Who may talk to the browser host: pure checks, so they are tested without a socket.
// The server listens on 127.0.0.1 only, but any local program or web page can reach a local port: a random
// token, a strict same-origin check and a Host check (against DNS rebinding) keep them out.
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-juesuan-token';
export const CLIENT_HEADER = 'x-juesuan-client';
export const TOKEN_COOKIE = 'juesuan_token';

export function sameToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
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

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
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
