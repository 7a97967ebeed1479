// The limits on an imported workbook, shared by the host side (which starts and stops the worker) and the
// worker that parses. Kept free of exceljs so the host side does not load it.

export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  // exceljs reads a whole sheet before we can stop it, so the zip's parts are bounded up front.
  unzippedBytes: 120 * 1024 * 1024,
  partBytes: 40 * 1024 * 1024,
  zipEntries: 5000,
  sheets: 60,
  rows: 3000,
  cols: 80,
  textChars: 2000,
  timeMs: 30_000,
  // The worker's heap: far above what a real workbook needs (a few MB), far below what would hurt the machine.
  heapMb: 512,
};

/** Checks the zip's central directory before anything unpacks it (zip bombs, absurd entry counts). */
export function checkZip(buf: Buffer): string | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return '不是 xlsx 文件（.xls 或 .et 文件请先在 Excel/WPS 中另存为 .xlsx）';
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return '文件已损坏：找不到压缩目录';
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries > IMPORT_LIMITS.zipEntries) return `文件包含 ${entries} 个部件，超过上限`;
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return '文件已损坏：压缩目录不完整';
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return '文件过大（ZIP64），不予读取';
    if (size > IMPORT_LIMITS.partBytes) return `文件中有一个部件解压后超过 ${IMPORT_LIMITS.partBytes / 1024 / 1024} MB（工作表过大），不予读取`;
    total += size;
    if (total > IMPORT_LIMITS.unzippedBytes) return `文件解压后超过 ${IMPORT_LIMITS.unzippedBytes / 1024 / 1024} MB，不予读取`;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return null;
}

