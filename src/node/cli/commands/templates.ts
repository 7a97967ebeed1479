// `templates [--json]`: the built-in templates with id, name, years served and number of published tables.
import { getTemplateParams } from '../../../shared/templates/params';
import { listTemplates } from '../../../shared/templates/registry';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const templatesCommand: Command = {
  name: 'templates',
  usage: 'templates [--json]',
  summary: '列出内置的报表模板（编号、名称、适用年度、公开表数）',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, [], ['--json']);
    if (positional.length > 0) throw new UsageError(`多余的参数：${positional.join(' ')}`);
    const rows = listTemplates().map((t) => {
      const p = getTemplateParams(t.id);
      const years = p?.years ?? { from: t.year, to: t.year };
      return { id: t.id, name: t.name, year: t.year, years, tables: p?.printedTables.length ?? t.tables.length };
    });
    if (flags['--json']) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      for (const r of rows) {
        const span = r.years.from === r.years.to ? `${r.years.from}` : `${r.years.from}–${r.years.to}`;
        io.stdout(`${r.id}\t${r.name}\t适用 ${span} 年度\t${r.tables} 张公开表\n`);
      }
    }
    return 0;
  },
};
