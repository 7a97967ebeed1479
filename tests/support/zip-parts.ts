// Taking the app's own export apart and putting it back together with one hostile change, so tests build
// hostile workbooks themselves (nothing large is committed). Deflate only; a part may declare a false size.
import { crc32, deflateRawSync } from 'node:zlib';
import { inflateParts } from '../../src/node/export/xlsx-zip';

export interface Part {
  name: string;
  data: Buffer;
  /** Already-deflated bytes to store as they are (a bomb built in pieces). */
  deflated?: Buffer;
  /** The size to declare instead of the true one (a zip that lies). */
  declaredSize?: number;
}

export function readParts(zip: Buffer): Part[] {
  const parts: Part[] = [];
  const problem = inflateParts(zip, { entries: 10_000, partBytes: 1e9, totalBytes: 2e9 }, (name, data) => {
    parts.push({ name, data: Buffer.from(data) });
    return null;
  });
  if (problem) throw new Error(problem);
  return parts;
}

export function writeParts(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = p.deflated ?? deflateRawSync(p.data);
    const size = p.declaredSize ?? p.data.length;
    const crc = p.deflated ? 0 : crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The workbook with one part's text changed. */
export function withPart(zip: Buffer, name: string, change: (xml: string) => string): Buffer {
  const parts = readParts(zip);
  const part = parts.find((p) => p.name === name);
  if (!part) throw new Error(`no part ${name}`);
  const before = part.data.toString('utf8');
  const after = change(before);
  if (after === before) throw new Error(`change to ${name} did nothing`);
  part.data = Buffer.from(after, 'utf8');
  return writeParts(parts);
}
