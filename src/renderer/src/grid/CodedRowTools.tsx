// 添加科目 / 删除科目 for coded tables. The clerk picks a code from the catalogue (by code prefix or part of
// the name), never types a name; picking a 项 adds the row, and its 款 and 类 appear by themselves.
import { useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { TableDef } from '../../../shared/templates/types';
import type { Edit } from '../../../shared/filing/types';
import type { CatalogEntry } from '../../../shared/catalog/index';
import { describeCode, findCode, getCatalog, searchCodes, validateCustomCode } from '../../../shared/catalog/index';
import { useDoc, useStore } from '../state/use-doc';
import type { GridRow } from './grid-context';
import type { TableLayout } from './table-model';
import { removeCodedRow } from './remove-row';

interface Props {
  def: TableDef;
  layout: TableLayout;
  getApi: () => GridApi<GridRow> | null;
  notify: (text: string, kind?: 'error' | 'info') => void;
}

export function CodedRowTools({ def, layout, getApi, notify }: Props) {
  const store = useStore();
  const doc = useDoc();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [customName, setCustomName] = useState<string | null>(null);
  const kind = def.catalog ?? 'function';
  const leafLength = kind === 'function' ? 7 : 5;
  const catalog = useMemo(() => getCatalog(kind, doc.template!.year), [kind, doc.template]);
  const custom = doc.filing!.customCodes;
  const present = useMemo(() => new Set(layout.lines.map((l) => l.segs[0]?.row)), [layout]);
  const options = useMemo(() => searchCodes(catalog, query, custom, 30), [catalog, query, custom]);

  const firstEditableCol = def.columns.map((c) => c.col).find((c) => !def.rowFormulas?.[c]) ?? def.columns[0].col;

  function choose(entry: CatalogEntry) {
    if (entry.code.length < leafLength) {
      // A 类 or 款 has no cells of its own: narrow the list to what lies under it.
      setQuery(entry.code);
      setActive(0);
      return;
    }
    if (present.has(entry.code)) {
      notify(`${def.number}已有科目 ${describeCode(catalog, entry.code, custom)}。`);
      store.focusCell({ table: def.id, row: entry.code, col: firstEditableCol });
      return;
    }
    const r = store.apply([{ kind: 'addRow', table: def.id, code: entry.code }], '添加科目');
    if (!r.ok) {
      notify(r.message);
      return;
    }
    setQuery('');
    setOpen(false);
    store.focusCell({ table: def.id, row: entry.code, col: firstEditableCol });
    notify(`已添加科目 ${describeCode(catalog, entry.code, custom)}（Ctrl+Z 可撤销）。`, 'info');
  }

  const typedCode = query.trim();
  const canAddCustom = /^\d+$/.test(typedCode) && (typedCode.length === leafLength || typedCode.length === 5) && !findCode(catalog, typedCode, custom);

  function addCustom() {
    const name = (customName ?? '').trim();
    const problem = validateCustomCode(catalog, typedCode, name, custom);
    if (problem) {
      notify(problem);
      return;
    }
    const isLeaf = typedCode.length === leafLength;
    const edits: Edit[] = [{ kind: 'customCode', code: { catalog: kind, code: typedCode, name } }];
    if (isLeaf) edits.push({ kind: 'addRow', table: def.id, code: typedCode });
    const r = store.apply(edits, '添加自定义科目');
    if (!r.ok) {
      notify(r.message);
      return;
    }
    setCustomName(null);
    if (isLeaf) {
      setQuery('');
      setOpen(false);
      store.focusCell({ table: def.id, row: typedCode, col: firstEditableCol });
      notify(`已添加自定义科目 ${typedCode} ${name}（Ctrl+Z 可撤销）。`, 'info');
    } else {
      notify(`已添加自定义款 ${typedCode} ${name}；现在可以在其下添加项。`, 'info');
    }
  }

  function removeFocused() {
    const f = getApi()?.getFocusedCell();
    const line = f && !f.rowPinned ? layout.lines[f.rowIndex] : undefined;
    removeCodedRow(store, def, line?.segs[0]?.row, notify);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const entry = options[active];
      if (entry) choose(entry);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="row-tools" data-testid="row-tools">
      <label className="add-code">
        <span>添加科目</span>
        <div className="add-code-box">
          <input
            type="text"
            value={query}
            placeholder={kind === 'function' ? '输入功能分类编码或名称，如 2010501 或 行政运行' : '输入经济分类编码或名称'}
            onChange={(e) => {
              setQuery(e.target.value);
              setCustomName(null);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
            disabled={doc.readOnly}
            data-testid="add-code-input"
            aria-autocomplete="list"
          />
          {open && query.trim() !== '' && (
            <ul className="add-code-list" role="listbox" data-testid="add-code-list">
              {options.length === 0 && <li className="muted">目录中没有匹配“{query}”的科目</li>}
              {options.map((o, i) => (
                <li
                  key={o.code}
                  role="option"
                  aria-selected={i === active}
                  className={`${i === active ? 'active' : ''} lvl-${o.code.length}`}
                  data-testid={`add-code-option-${o.code}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(o);
                  }}
                >
                  <span className="code">{o.code}</span>
                  <span>{o.name}</span>
                  <span className="muted">
                    {o.code.length < leafLength ? (o.code.length === 3 ? '类 ▸' : '款 ▸') : present.has(o.code) ? '已有' : '项'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </label>
      {canAddCustom && (
        <span className="custom-code" data-testid="custom-code">
          {customName === null ? (
            <button type="button" onClick={() => setCustomName('')} data-testid="custom-code-start">
              目录中没有 {typedCode}：添加为自定义科目…
            </button>
          ) : (
            <>
              <input
                type="text"
                value={customName}
                placeholder={`${typedCode} 的科目名称`}
                onChange={(e) => setCustomName(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && addCustom()}
                data-testid="custom-code-name"
                autoFocus
              />
              <button type="button" onClick={addCustom} data-testid="custom-code-add">
                添加
              </button>
              <button type="button" onClick={() => setCustomName(null)}>
                取消
              </button>
            </>
          )}
        </span>
      )}
      <button type="button" onClick={removeFocused} disabled={doc.readOnly} data-testid="remove-row">
        删除所选科目
      </button>
      <span className="muted">类、款行和合计行自动汇总；只有“项”可以录入。</span>
    </div>
  );
}
