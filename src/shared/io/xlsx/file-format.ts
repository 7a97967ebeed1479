// What kind of spreadsheet a file is, from its first bytes, so that a file the importer cannot read is
// refused with its real format and how to convert it, not with "no tables found".
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/**
 * null for an .xlsx (or any other zip, which the xlsx reader then judges); otherwise the sentence that
 * names the format and says how to convert it.
 */
export function spreadsheetFormatProblem(bytes: Uint8Array): string | null {
  if (OLE.every((b, i) => bytes[i] === b)) return '这是旧版 Excel（.xls）或 WPS（.et）文件，请先在 Excel/WPS 中“另存为” Excel 工作簿（.xlsx）后再导入';
  // An OpenDocument file starts with a stored "mimetype" entry naming its kind (ODF 1.2 §3.3).
  if (startsWith(bytes, 0, 'PK\x03\x04') && startsWith(bytes, 30, 'mimetype')) {
    // The media type is ASCII.
    const kind = String.fromCharCode(...bytes.subarray(38, 38 + 60));
    if (kind.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
      return '这是 OpenDocument 表格（.ods，LibreOffice/WPS 保存的格式），请先在 LibreOffice 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入';
    }
    if (kind.startsWith('application/vnd.oasis.opendocument')) return '这是 OpenDocument 文档，不是表格；请导入按公开表格式填写的 Excel 工作簿（.xlsx）';
  }
  if (startsWith(bytes, 0, '%PDF-')) return '这是 PDF 文件，不是 Excel 工作簿；PDF 请用“打开”查看和核对';
  if (!startsWith(bytes, 0, 'PK\x03\x04')) return '不是 Excel 工作簿（.xlsx）；.xls、.et、.ods 文件请先在 Excel/WPS/LibreOffice 中另存为 .xlsx';
  return null;
}
