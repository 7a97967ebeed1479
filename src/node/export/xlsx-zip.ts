// The parts of an .xlsx (a zip) inflated by us before any library sees them, with a running byte limit:
// the sizes a zip declares are the sender's word and a zip bomb lies about them, so the limit counts the
// bytes actually produced and stops inflating the moment it is passed.
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  entries: number;
  /** Largest single part, inflated. */
  partBytes: number;
  /** All parts together, inflated. */
  totalBytes: number;
}

export type ZipVisit = (name: string, data: Buffer) => string | null;

const MB = 1024 * 1024;

/**
 * Inflates every part in the central directory, handing each to `visit` (which may refuse it with a
 * reason) and dropping it after. Returns the first refusal, or null when every part is within the limits.
 */
export function inflateParts(buf: Buffer, limits: ZipLimits, visit: ZipVisit): string | null {
  const eocd = findEndOfDirectory(buf);
  if (eocd < 0) return '文件已损坏：找不到压缩目录';
  // A ZIP64 end record would let another reader see a different list of parts than the one checked here.
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) return '文件过大（ZIP64），不予读取';
  const count = buf.readUInt16LE(eocd + 10);
  if (count > limits.entries) return `文件包含 ${count} 个部件，超过上限`;
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return '文件已损坏：压缩目录不完整';
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return '文件已损坏：压缩部件不完整';
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return '文件已损坏：压缩部件不完整';
    const raw = buf.subarray(start, start + compressed);
    const room = Math.min(limits.partBytes, limits.totalBytes - total);
    let data: Buffer;
    if (method === 0) {
      data = raw;
    } else if (method === 8) {
      try {
        // One byte more than the room: producing it proves the part is too large, whatever it declared.
        data = inflateRawSync(raw, { maxOutputLength: room + 1 });
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(room, limits);
        return '文件已损坏：有一个部件无法解压';
      }
    } else {
      return '文件使用了不支持的压缩方式，请在 Excel/WPS 中另存为 .xlsx 后再导入';
    }
    if (data.length > room) return tooLarge(room, limits);
    total += data.length;
    const refusal = visit(name, data);
    if (refusal) return refusal;
  }
  return null;
}

function tooLarge(room: number, limits: ZipLimits): string {
  return room < limits.partBytes
    ? `文件解压后超过 ${limits.totalBytes / MB} MB，不予读取`
    : `文件中有一个部件解压后超过 ${limits.partBytes / MB} MB（工作表过大），不予读取`;
}

function findEndOfDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
