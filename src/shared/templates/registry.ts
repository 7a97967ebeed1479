// Every template the app knows, by id. Adding a region/year = adding a data folder and one line here.
import { registerTemplateParams } from './params';
import { shanghai2024, shanghai2024Params } from './shanghai-2024/index';
import { shanxi2022 } from './shanxi-2022/index';
import { shanxi2022Params } from './shanxi-2022/params';
import type { Template } from './types';

const TEMPLATES = new Map<string, Template>();

/** Adds a template; a second template with the same id is a programming error. */
export function registerTemplate(template: Template): void {
  if (TEMPLATES.has(template.id)) throw new Error(`模板编号重复：${template.id}（每个模板编号只能登记一次）`);
  TEMPLATES.set(template.id, template);
}

export function getTemplate(id: string): Template {
  const t = TEMPLATES.get(id);
  if (!t) {
    const known = [...TEMPLATES.keys()].join('、') || '无';
    throw new Error(`未知的报表模板“${id}”。本程序支持的模板：${known}。请确认文件来自本程序，或升级到支持该模板的版本。`);
  }
  return t;
}

export function hasTemplate(id: string): boolean {
  return TEMPLATES.has(id);
}

export function listTemplates(): Template[] {
  return [...TEMPLATES.values()];
}

registerTemplate(shanxi2022);
registerTemplate(shanghai2024);
// What each template varies beyond its tables (params.ts).
registerTemplateParams(shanxi2022Params);
registerTemplateParams(shanghai2024Params);
