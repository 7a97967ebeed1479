// Debian's Chromium: where it is and the flags it needs on an offline machine (without the
// background-networking flags it keeps trying, and failing, to reach Google's hosts).
export const CHROMIUM_PATH = process.env.JUESUAN_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
