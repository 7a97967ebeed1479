// 新建: choose the template (region and year), 部门名称 and 金额单位. A year can be chosen only when a
// template for it is built in; the dialog says so plainly instead of offering years it cannot check.
import { useEffect, useRef, useState } from 'react';
import type { MoneyUnit } from '../../../shared/money/money';
import { listTemplates } from '../../../shared/templates/registry';
import type { NewFilingDialog as NewFilingDialogState } from '../state/ui-store';
import { Modal } from './Modal';

export function NewFilingDialog({ dialog }: { dialog: NewFilingDialogState }) {
  const templates = listTemplates();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [department, setDepartment] = useState(dialog.department);
  const [unit, setUnit] = useState<MoneyUnit>('元');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const template = templates.find((t) => t.id === templateId);
  const years = [...new Set(templates.map((t) => t.year))].sort((a, b) => b - a);
  const available = templates.map((t) => t.name).join('、');

  const chooseYear = (year: number) => {
    // A year picks the template of that year in the same region if there is one, otherwise the first for that year.
    const next = templates.find((t) => t.year === year && t.region === template?.region) ?? templates.find((t) => t.year === year);
    if (next) setTemplateId(next.id);
  };

  const finish = () => {
    if (!template) {
      setError('请选择报表模板。');
      return;
    }
    const name = department.trim();
    if (name.length > 100) {
      setError('部门名称不能超过 100 个字。');
      return;
    }
    dialog.resolve({ templateId: template.id, department: name, unit });
  };

  return (
    <Modal title="新建决算公开文件" testId="new-filing-dialog" onEscape={() => dialog.resolve(null)}>
        <div className="new-filing-form" style={{ display: 'grid', gap: 8 }}>
          <label>
            报表模板{' '}
            <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="new-filing-template">
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            年度{' '}
            <select value={template?.year ?? ''} onChange={(e) => chooseYear(Number(e.target.value))} data-testid="new-filing-year">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          </label>
          {years.length <= 1 && (
            <p className="muted" data-testid="new-filing-years-note">
              目前只内置了“{available}”一个模板，只能新建 {years[0]} 年度的文件。其他年度的表样和审核规则不同，需要对应年度的模板，本版本暂不提供。
            </p>
          )}
          <label>
            部门名称{' '}
            <input
              ref={nameRef}
              type="text"
              value={department}
              placeholder="例如：阳泉市大数据应用局"
              onChange={(e) => (setDepartment(e.target.value), setError(null))}
              onKeyDown={(e) => e.key === 'Enter' && finish()}
              data-testid="new-filing-department"
            />
          </label>
          <fieldset className="new-filing-unit" style={{ display: 'flex', gap: 12, border: 0, padding: 0, margin: 0 }}>
            <legend>金额单位</legend>
            {(['元', '万元'] as const).map((u) => (
              <label key={u}>
                <input type="radio" name="new-filing-unit" value={u} checked={unit === u} onChange={() => setUnit(u)} data-testid={`new-filing-unit-${u}`} />
                {u}
              </label>
            ))}
          </fieldset>
        </div>
        {error && (
          <p className="st-err" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="primary" onClick={finish} data-testid="new-filing-ok">
            新建
          </button>
          <button type="button" onClick={() => dialog.resolve(null)} data-testid="new-filing-cancel">
            取消
          </button>
        </div>
    </Modal>
  );
}
