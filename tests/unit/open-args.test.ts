// Which .jsgk a launch names (double-click on Windows or a Linux desktop, `juesuan file.jsgk`), and what
// a second launch hands to the running app.
import { describe, expect, it } from 'vitest';
import { posix, win32 } from 'node:path';
import { filesFromArgv, handedOverFiles, routeHandedOver } from '../../src/main/open-args';

describe('filesFromArgv', () => {
  it('takes the file Windows passes on a double-click', () => {
    expect(filesFromArgv(['C:\\Users\\张三\\AppData\\Local\\Programs\\决算通\\juesuan.exe', 'D:\\单位\\2024 决算.jsgk'], 'C:\\Windows\\System32', win32)).toEqual([
      'D:\\单位\\2024 决算.jsgk',
    ]);
  });

  it('resolves a relative file against the working folder', () => {
    expect(filesFromArgv(['/opt/决算通/juesuan', 'a.JSGK'], '/home/u', posix)).toEqual(['/home/u/a.JSGK']);
    expect(filesFromArgv(['juesuan.exe', '..\\b.jsgk'], 'C:\\work\\sub', win32)).toEqual(['C:\\work\\b.jsgk']);
  });

  it('skips the executable, the app folder of an unpackaged run and every switch', () => {
    const argv = ['/usr/lib/electron/electron.jsgk', '/repo', '--allow-file-access-from-files', '--original-process-start-time=13372', '-x', '--', '/home/u/x.jsgk'];
    expect(filesFromArgv(argv, '/', posix)).toEqual(['/home/u/x.jsgk']);
  });

  it('takes file:// URLs (Linux desktops pass %U), decoded', () => {
    expect(filesFromArgv(['juesuan', 'file:///home/u/%E5%86%B3%E7%AE%97.jsgk'], '/', posix)).toEqual(['/home/u/决算.jsgk']);
  });

  it.each([
    ['no arguments', ['juesuan']],
    ['another kind of file', ['juesuan', '/home/u/a.xlsx']],
    ['a name that is only the extension', ['juesuan', '.jsgk']],
    ['a web URL', ['juesuan', 'https://evil.example/a.jsgk']],
    ['a URL of another scheme', ['juesuan', 'juesuan://open/a.jsgk']],
    ['a remote file URL', ['juesuan', 'file://evil.example/a.jsgk']],
    ['a NUL byte', ['juesuan', '/tmp/a\0.jsgk']],
    ['something not a string', ['juesuan', 42, null]],
  ])('finds nothing in %s', (_what, argv) => {
    expect(filesFromArgv(argv, '/home/u', posix)).toEqual([]);
  });

  it('keeps the order and stops at 16 files', () => {
    const argv = ['juesuan', ...Array.from({ length: 20 }, (_, i) => `/d/${i}.jsgk`)];
    const files = filesFromArgv(argv, '/', posix);
    expect(files).toHaveLength(16);
    expect(files[0]).toBe('/d/0.jsgk');
  });
});

describe('handedOverFiles (second instance)', () => {
  it('uses the list the second launch resolved against its own folder', () => {
    expect(handedOverFiles({ files: ['/home/u/a.jsgk'] }, ['juesuan', 'other.jsgk'], '/elsewhere', posix)).toEqual(['/home/u/a.jsgk']);
  });

  it('keeps only absolute .jsgk paths from that list', () => {
    const data = { files: ['/ok.jsgk', 'relative.jsgk', '/x.exe', 7, '/n\0.jsgk', null] };
    expect(handedOverFiles(data, [], '/', posix)).toEqual(['/ok.jsgk']);
  });

  it('takes an empty list as "no file" (just bring the window forward)', () => {
    expect(handedOverFiles({ files: [] }, ['juesuan', '/a.jsgk'], '/', posix)).toEqual([]);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'a.jsgk'],
    ['files not a list', { files: '/a.jsgk' }],
  ])('falls back to the argv and working folder when the data is %s', (_what, data) => {
    expect(handedOverFiles(data, ['juesuan', '--flag', 'b.jsgk'], '/home/u', posix)).toEqual(['/home/u/b.jsgk']);
  });
});

describe('routeHandedOver', () => {
  it('makes the file the startup file while the page has not started', () => {
    expect(routeHandedOver(['/a.jsgk'], false)).toEqual({ startupFile: '/a.jsgk', send: null, ignored: 0 });
  });

  it('sends the file to the page once it has started', () => {
    expect(routeHandedOver(['/a.jsgk'], true)).toEqual({ startupFile: null, send: '/a.jsgk', ignored: 0 });
  });

  it('opens the first of several and counts the rest', () => {
    expect(routeHandedOver(['/a.jsgk', '/b.jsgk', '/c.jsgk'], true)).toEqual({ startupFile: null, send: '/a.jsgk', ignored: 2 });
  });

  it('with no file, only brings the window forward', () => {
    expect(routeHandedOver([], true)).toEqual({ startupFile: null, send: null, ignored: 0 });
    expect(routeHandedOver([], false)).toEqual({ startupFile: null, send: null, ignored: 0 });
  });
});
