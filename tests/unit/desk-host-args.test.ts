// The renderer is untrusted: the desk's and 汇总's host calls parse their arguments like every other.
import { describe, expect, it } from 'vitest';
import { ArgError, parseHostArgs } from '../../src/node/services/host-args';

describe('host arguments of the desk and 汇总', () => {
  it('accepts well-formed requests', () => {
    expect(parseHostArgs('deskScan', [{ folder: '/srv/收件箱', jobId: 'desk12345678' }])).toEqual([{ folder: '/srv/收件箱', jobId: 'desk12345678' }]);
    expect(parseHostArgs('consolidateUnits', [{ units: ['/a/p.jsgk', '/a/u.jsgk'], out: '/a/d.jsgk', outside: ['subsidy'] }])).toEqual([{ units: ['/a/p.jsgk', '/a/u.jsgk'], out: '/a/d.jsgk', outside: ['subsidy'] }]);
    expect(parseHostArgs('deskExport', [{ folder: '/a', out: '/a/s.xlsx', pdf: true, sheets: false }])).toEqual([{ folder: '/a', out: '/a/s.xlsx', pdf: true, sheets: false }]);
    expect(parseHostArgs('consolidationTrace', [{ path: '/a/d.jsgk', cells: [{ table: 'T01', row: '4', col: 1 }] }])).toEqual([{ path: '/a/d.jsgk', cells: [{ table: 'T01', row: '4', col: 1 }] }]);
  });

  it('refuses relative paths, extra keys, wrong extensions and odd values', () => {
    const bad: Array<[Parameters<typeof parseHostArgs>[0], unknown[]]> = [
      ['deskScan', [{ folder: 'inbox' }]],
      ['deskScan', [{ folder: '/a', extra: 1 }]],
      ['consolidateUnits', [{ units: ['/a/p.jsgk'], out: '/a/d.jsgk' }]],
      ['consolidateUnits', [{ units: ['/a/p.jsgk', '/a/u.xlsx'], out: '/a/d.jsgk' }]],
      ['consolidateUnits', [{ units: ['/a/p.jsgk', '/a/u.jsgk'], out: '/a/d.jsgk', outside: ['all'] }]],
      ['deskExport', [{ folder: '/a', out: '/a/s.pdf', pdf: true, sheets: true }]],
      ['deskExport', [{ folder: '/a', out: '/a/s.xlsx', pdf: 'yes', sheets: true }]],
      ['consolidationTrace', [{ path: '/a/d.jsgk', cells: [{ table: 'T01', row: '4', col: 0 }] }]],
      ['consolidationStatus', ['/a/d.xlsx']],
    ];
    for (const [method, args] of bad) expect(() => parseHostArgs(method, args), method).toThrow(ArgError);
  });
});
