// Debian's Chromium: where it is and the flags it needs on an offline machine (without the
// background-networking flags it keeps trying, and failing, to reach Google's hosts).
export const CHROMIUM_PATH = process.env.JUESUAN_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium refuses to start its sandbox as root; anyone else keeps it. */
export const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** The flags for a Chromium started by us; `--no-sandbox` only where Chromium demands it (root). */
export function chromiumFlags(asRoot: boolean = RUNNING_AS_ROOT): string[] {
  return [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export const CHROMIUM_FLAGS = chromiumFlags();
