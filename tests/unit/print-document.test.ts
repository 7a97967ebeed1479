// 打印 in Electron, through its non-Electron code: the document goes to a hidden window's system print
// dialog (not silent, backgrounds on); a closed dialog is no failure; a refused job says why; the window and
// the temp file never outlive the call. The browser host has no dialog of its own: 'unavailable'.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropLinkedFonts, printDocument, type PrintWindow } from '../../src/main/print-document';
import { createHostServices } from '../../src/node/services/host-services';
import { parseHostArgs } from '../../src/node/services/host-args';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-printtest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeWindow(answer: [boolean, string]) {
  const seen: { loaded?: string; html?: string; options?: unknown; destroyed: boolean; title?: string } = { destroyed: false };
  const open = (title: string): PrintWindow => {
    seen.title = title;
    return {
      loadFile: async (path) => {
        seen.loaded = path;
        seen.html = await readFile(path, 'utf8');
      },
      print: (options, done) => {
        seen.options = options;
        setTimeout(() => done(...answer), 0);
      },
      destroy: () => {
        seen.destroyed = true;
      },
      isDestroyed: () => seen.destroyed,
    };
  };
  return { seen, open };
}

describe('printDocument (Electron main, without Electron)', () => {
  it('opens the system print dialog for the document and cleans up', async () => {
    const w = fakeWindow([true, '']);
    const r = await printDocument({ html: '<p>公开01表</p>', title: '公开01表 收入支出决算总表' }, { openWindow: w.open, tempDir: dir, prepare: async (h) => h + '<!--font-->' });
    expect(r).toEqual({ ok: true, printed: true });
    expect(w.seen.title).toBe('公开01表 收入支出决算总表');
    expect(w.seen.html).toBe('<p>公开01表</p><!--font-->');
    expect(w.seen.options).toEqual({ silent: false, printBackground: true });
    expect(w.seen.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a closed dialog is not a failure; a refused job says why in Chinese', async () => {
    expect(await printDocument({ html: 'x', title: 't' }, { openWindow: fakeWindow([false, 'cancelled']).open, tempDir: dir })).toEqual({ ok: true, printed: false });
    const failed = fakeWindow([false, 'Print job failed']);
    const r = await printDocument({ html: 'x', title: 't' }, { openWindow: failed.open, tempDir: dir });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('打印失败：Print job failed');
    expect(failed.seen.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a window that cannot load the document fails with a message, and nothing is left behind', async () => {
    const open = (): PrintWindow => ({
      loadFile: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')),
      print: () => undefined,
      destroy: () => undefined,
      isDestroyed: () => false,
    });
    const r = await printDocument({ html: 'x', title: 't' }, { openWindow: open, tempDir: dir });
    expect(!r.ok && r.message).toContain('无法打印：ERR_FILE_NOT_FOUND');
    expect(await readdir(dir)).toEqual([]);
  });

  it('drops font rules that link to the app’s files and keeps embedded ones', () => {
    const html = `<style>@font-face{font-family:'Noto Sans SC';src:url("/assets/a.woff2") format('woff2');}@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,AAAA) format('woff2');}p{color:red}</style>`;
    expect(dropLinkedFonts(html)).toBe(`<style>@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,AAAA) format('woff2');}p{color:red}</style>`);
  });
});

describe('printDocument through the host contract', () => {
  it('the browser host has no print dialog of its own: unavailable, so the page prints its frame', async () => {
    const host = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    const r = await host.printDocument({ holder: 'a' }, { html: '<p>x</p>', title: 't' });
    expect(r).toMatchObject({ ok: false, code: 'unavailable' });
  });

  it('Electron hands the request to its print dialog', async () => {
    const asked: string[] = [];
    const host = createHostServices({ kind: 'electron', appVersion: 't', dataDir: dir, printDocument: async (req) => (asked.push(req.title), { ok: true, printed: true }) });
    expect(await host.printDocument({ holder: 'a' }, { html: '<p>x</p>', title: '审核报告' })).toEqual({ ok: true, printed: true });
    expect(asked).toEqual(['审核报告']);
  });

  it('arguments from the renderer are checked', () => {
    expect(parseHostArgs('printDocument', [{ html: '<p>x</p>', title: '审核报告' }])).toEqual([{ html: '<p>x</p>', title: '审核报告' }]);
    expect(() => parseHostArgs('printDocument', [{ html: 1, title: 't' }])).toThrow('打印内容');
    expect(() => parseHostArgs('printDocument', [{ html: 'x', title: 't', url: 'http://x' }])).toThrow();
    expect(() => parseHostArgs('printDocument', [])).toThrow();
  });
});
