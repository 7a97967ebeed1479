// Serves the renderer from app://juesuan/ (files of the built renderer folder only; app-protocol.ts
// decides which and answers) instead of file://, so the page has an origin of its own and cannot read
// other files.
import { protocol, type Session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './app-protocol';

/** Must run before the app is ready: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export function serveApp(session: Session, rendererDir: string, log: (line: string) => void): void {
  session.protocol.handle(APP_SCHEME, appRequestHandler(rendererDir, log));
}
