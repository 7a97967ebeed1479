// The one typed contract between the UI and whichever host runs it (Electron or the browser host).
// Adding a call: add it here and to HOST_CHANNELS; the preload, the IPC handlers and the browser host's
// routes are checked against this by the compiler.
import type { DeskRow } from './desk/rows';
import type { PairKind } from './consolidate/types';
import type { CellRef } from './templates/types';
import type { UnitChange } from './consolidate/report';
import type { Filing } from './filing/types';
import type { Finding } from './rules/types';
import type { DocFinding, Unchecked } from './published/findings';

export type HostKind = 'electron' | 'browser';

export interface HostInfo {
  kind: HostKind;
  appVersion: string;
  platform: string;
  /** Where the in-app file chooser starts. */
  homeDir: string;
  /** The file the host was started with (npm start opens the sample), if any. */
  startupFile: string | null;
}

export interface DirEntry {
  name: string;
  path: string;
  kind: 'dir' | 'file';
  size: number;
  mtimeMs: number;
}

export interface DirListing {
  path: string;
  parent: string | null;
  entries: DirEntry[];
}

export interface PickPathRequest {
  mode: 'open' | 'save' | 'directory';
  title: string;
  defaultPath?: string;
  /** Extensions without the dot, e.g. ['jsgk']. */
  extensions?: string[];
}

export type Failure = { ok: false; message: string; code?: string };

/**
 * A published disclosure (.pdf, or the text of one) opened for checking: it opens read-only, its tables
 * read into the filing; these are its findings (narrative ones quote page and sentence) and what could
 * not be checked.
 */
export interface PublishedSummary {
  findings: DocFinding[];
  unchecked: Unchecked[];
  read: string[];
  notRead: string[];
  errors: number;
  warnings: number;
  /** The draft mark every page carries ("审核未通过：强制 3 条"): shown above the findings. */
  draft?: string | null;
}

export type OpenResult = { ok: true; path: string; filing: Filing; mtimeMs: number; readOnly: boolean; published?: PublishedSummary } | Failure;

export interface SaveRequest {
  path: string;
  filing: Filing;
  /** The mtime the UI last saw; if the file changed on disk since, the save is refused with code 'conflict'. */
  expectedMtimeMs?: number | null;
  /** Overwrite even if the file changed on disk (after the user confirmed). */
  force?: boolean;
}

export type SaveResult = { ok: true; path: string; mtimeMs: number } | Failure;

export interface RecoveryEntry {
  id: string;
  /** The file the work belongs to, or null for a never-saved filing. */
  path: string | null;
  /** For a never-saved filing: the id of the window's draft, so each window drops only its own copy. */
  draftId?: string;
  savedAt: string;
  filing: Filing;
}

export interface Settings {
  recentFiles: string[];
  /** Autosave interval in seconds (default 30). */
  autosaveSeconds: number;
  reviewerName: string;
  /** The table grids' zoom in percent (70–175; default 100). */
  gridZoom?: number;
  window?: { width: number; height: number; x?: number; y?: number; maximized?: boolean };
}

export interface ExportRequest {
  filing: Filing;
  path: string;
  /**
   * Makes the export a job the UI can follow and cancel: an id the UI chose (letters, digits, - and _,
   * 8–64 long), passed to exportProgress and cancelExport while this call is running. The CLI leaves it out.
   */
  jobId?: string;
}

/** Where a running export is, for the progress dialog. */
export interface ExportProgress {
  /** What it is doing, as the clerk reads it: 生成排版, 第一遍排版, 编排目录页码, 写入文件, … */
  stage: string;
  /** Share done, 0–100, where known. */
  percent: number | null;
  state: 'running' | 'done' | 'cancelled' | 'failed';
}

/**
 * draft: the mark the file carries on every page and sheet when 强制 errors stood ("审核未通过：强制 2 条");
 * sample: the mark a built-in sample's file carries on every page and sheet (SAMPLE_MARK, io/sample-mark.ts).
 */
export type ExportResult = { ok: true; path: string; bytes: number; draft?: string; sample?: string } | Failure;

// The import report is a leaf type (the readers in io/ produce it without importing the host contract).
import type { ImportReport, SheetReport } from './types/import-report';
export type { ImportReport, SheetReport };

export type ImportResult = { ok: true; filing: Filing; report: ImportReport } | Failure;

export interface PackageRequest {
  filing: Filing;
  path: string | null;
  /** A folder (the archive is named after the unit and year) or the .zip path itself. */
  outDir: string;
  /** Replace an existing archive; without it an existing one is refused with code 'exists'. */
  overwrite?: boolean;
  /** As ExportRequest.jobId. */
  jobId?: string;
}

export type PackageResult =
  /** archive: the zip's path; files: the names inside it (manifest.json last). */
  | { ok: true; outDir: string; archive: string; files: string[]; manifest: { files: Array<{ name: string; bytes: number; sha256: string }> } }
  | { ok: false; message: string; blocking: Finding[]; code?: string };

/** The reviewer's desk: one summary row per filing under a folder (rows as in shared/desk/rows.ts). */
export interface DeskScanRequest {
  folder: string;
  /** Progress and 取消 go through exportProgress / cancelExport with this id. */
  jobId?: string;
}

export type DeskScanRow = DeskRow & { path: string };

export type DeskScanResult = { ok: true; folder: string; rows: DeskScanRow[]; total: number; cancelled: boolean } | Failure;

/** 汇总: unit files (本级 first) into one department file, written at `out`. */
export interface ConsolidateRequest {
  units: string[];
  out: string;
  /** Pairs whose difference has a counterpart outside the department (a 提示 instead of 强制). */
  outside?: PairKind[];
}

export type ConsolidateResponse = { ok: true; path: string; notes: string[]; changes: UnitChange[] | null } | Failure;

/** The unit files of a consolidated file (absolute) and whether each changed since it was built. */
export type ConsolidationStatus = { ok: true; units: string[]; changes: UnitChange[] } | Failure;

/** 导出汇总表: the summary workbook of a folder at `out` (.xlsx), with its PDF and a 检查表 per filing if asked. */
export interface DeskExportRequest {
  folder: string;
  out: string;
  pdf: boolean;
  sheets: boolean;
  jobId?: string;
}

export type DeskExportResult = { ok: true; files: string[] } | Failure;

/** Where figures of a 汇总 come from: each unit's own figure for the cell, and the 调整 (元, decimal strings). */
export interface ConsolidationTraceRequest {
  path: string;
  cells: CellRef[];
}

export type ConsolidationTrace = { ok: true; cells: Array<{ cell: CellRef; contributions: Array<{ unit: string; value: string }>; adjustment: string }> } | Failure;

/** 打印: a whole HTML document (no scripts run in it) and the print job's name. */
export interface PrintRequest {
  html: string;
  title: string;
}

/**
 * printed false: the clerk closed the system print dialog. A Failure with code 'unavailable' means the host
 * has no print dialog of its own (the browser host): the page prints its frame with the browser's dialog.
 */
export type PrintResult = { ok: true; printed: boolean } | Failure;

export interface HostApi {
  info(): Promise<HostInfo>;
  listDir(path: string): Promise<DirListing | Failure>;
  /** Native dialog in Electron; in the browser host the renderer's in-app chooser answers instead. */
  pickPath(req: PickPathRequest): Promise<string | null>;
  openFiling(path: string): Promise<OpenResult>;
  saveFiling(req: SaveRequest): Promise<SaveResult>;
  /** Release the host's hold on a file (the same file open twice is refused). */
  closeFiling(path: string): Promise<void>;
  /** A built-in sample (sample/catalog.ts; default 山西 2022), marked as a sample (Filing.sample). */
  sampleFiling(id?: string): Promise<Filing>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** draftId: one per unsaved filing (window), so two unsaved filings do not share one recovery slot. */
  writeRecovery(req: { path: string | null; filing: Filing; draftId?: string }): Promise<void>;
  listRecovery(): Promise<RecoveryEntry[]>;
  discardRecovery(id: string): Promise<void>;
  exportXlsx(req: ExportRequest): Promise<ExportResult>;
  exportPdf(req: ExportRequest): Promise<ExportResult>;
  /** 审核结果.xlsx: the filing's findings (表, 单元格, 规则, 级别, 说明, 差额, 出错说明) and its 未核对 rules. */
  exportFindings(req: ExportRequest): Promise<ExportResult>;
  importXlsx(path: string): Promise<ImportResult>;
  packageSubmission(req: PackageRequest): Promise<PackageResult>;
  /** The progress of this caller's export with that jobId; null if there is none (not started yet, or long finished). */
  exportProgress(jobId: string): Promise<ExportProgress | null>;
  /**
   * Cancels this caller's running export: the work stops (the Chromium render is closed) and nothing is left
   * at the target path; the export call then answers { ok: false, code: 'cancelled' }. False if no such job runs.
   */
  cancelExport(jobId: string): Promise<boolean>;
  /** Checks every .jsgk, .xlsx and published .pdf/.txt under a folder (subfolders too); a file that cannot be read is a row with the reason. */
  deskScan(req: DeskScanRequest): Promise<DeskScanResult>;
  /** Builds (or rebuilds) a 汇总 file from unit files and saves it; the caller then opens it. */
  consolidateUnits(req: ConsolidateRequest): Promise<ConsolidateResponse>;
  consolidationStatus(path: string): Promise<ConsolidationStatus>;
  deskExport(req: DeskExportRequest): Promise<DeskExportResult>;
  consolidationTrace(req: ConsolidationTraceRequest): Promise<ConsolidationTrace>;
  /** The system print dialog for a document (Electron); see PrintResult. */
  printDocument(req: PrintRequest): Promise<PrintResult>;
}

/** IPC channel names (Electron) and route names (browser host), one per HostApi call. */
export const HOST_CHANNELS = {
  info: 'host:info',
  listDir: 'host:list-dir',
  pickPath: 'host:pick-path',
  openFiling: 'host:open-filing',
  saveFiling: 'host:save-filing',
  closeFiling: 'host:close-filing',
  sampleFiling: 'host:sample-filing',
  getSettings: 'host:get-settings',
  setSettings: 'host:set-settings',
  writeRecovery: 'host:write-recovery',
  listRecovery: 'host:list-recovery',
  discardRecovery: 'host:discard-recovery',
  exportXlsx: 'host:export-xlsx',
  exportPdf: 'host:export-pdf',
  exportFindings: 'host:export-findings',
  importXlsx: 'host:import-xlsx',
  packageSubmission: 'host:package-submission',
  exportProgress: 'host:export-progress',
  cancelExport: 'host:cancel-export',
  deskScan: 'host:desk-scan',
  consolidateUnits: 'host:consolidate-units',
  consolidationStatus: 'host:consolidation-status',
  deskExport: 'host:desk-export',
  consolidationTrace: 'host:consolidation-trace',
  printDocument: 'host:print-document',
} as const satisfies { [K in keyof HostApi]: `host:${string}` };

export type HostMethod = keyof HostApi;

/** Menu commands the Electron host sends to the renderer on HOST_MENU_CHANNEL (the browser host has an in-app menu). */
export type MenuAction =
  | 'start-page'
  | 'new'
  | 'open'
  | 'open-recent'
  | 'save'
  | 'save-as'
  | 'export-xlsx'
  | 'export-pdf'
  | 'package'
  | 'import-xlsx'
  | 'close'
  | 'undo'
  | 'redo'
  | 'about'
  | 'help';

export interface MenuEvent {
  action: MenuAction;
  /** For 'open-recent': the file to open. */
  path?: string;
}

export const HOST_MENU_CHANNEL = 'host:menu';

/** What the Electron preload exposes as window.host: the contract plus the menu listener. */
export interface WindowHost extends HostApi {
  /** Calls `cb` for every menu command; returns a function that stops listening. */
  onMenu(cb: (event: MenuEvent) => void): () => void;
}
