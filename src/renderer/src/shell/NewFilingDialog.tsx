// 新建: choose the 年度 (2022 … this year), the template (those serving the year first), 部门名称 and 金额单位.
// A template used outside the years it serves comes with a plain warning that the official layout may
// have changed (templates/years.ts).
import { useEffect, useRef, useState } from 'react';
import type { MoneyUnit } from '../../../shared/money/money';
import { getTemplateParams } from '../../../shared/templates/params';
import { offeredYears, templatesForYear, yearWarning } from '../../../shared/templates/years';
import type { NewFilingDialog as NewFilingDialogState } from '../state/ui-store';
import { Modal } from './Modal';

export function NewFilingDialog({ dialog }: { dialog: NewFilingDialogState }) {
  const years = offeredYears(new Date());
  const [year, setYear] = useState(years[0]);
  const choices = templatesForYear(year);
  const [templateId, setTemplateId] = useState(choices[0]?.template.id ?? '');
  const [department, setDepartment] = useState(dialog.department);
  const [unit, setUnit] = useState<MoneyUnit>('元');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const template = choices.find((x) => x.template.id === templateId)?.template;
  const warning = template ? yearWarning(template, year) : null;

  const chooseYear = (y: number) => {
    setYear(y);
    // Keep the template if it serves the new year; otherwise take the first one that does.
    const next = templatesForYear(y);
    const keep = next.find((x) => x.template.id === templateId && x.serves);
    setTemplateId((keep ?? next[0])?.template.id ?? '');
  };

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    // A template's own unit (Shanghai publishes in 万元) is the natural start.
    const unitOf = getTemplateParams(id)?.unit;
    if (unitOf) setUnit(unitOf);
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
    dialog.resolve({ templateId: template.id, year, department: name, unit });
  };

  return (
    <Modal title="新建决算公开文件" testId="new-filing-dialog" onEscape={() => dialog.resolve(null)}>
        <div className="new-filing-form" style={{ display: 'grid', gap: 8 }}>
          <label>
            年度{' '}
            <select value={year} onChange={(e) => chooseYear(Number(e.target.value))} data-testid="new-filing-year">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          </label>
          <label>
            报表模板{' '}
            <select value={templateId} onChange={(e) => chooseTemplate(e.target.value)} data-testid="new-filing-template">
              {choices.map(({ template: t, serves }) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                  {serves ? '' : '（非本年度表样）'}
                </option>
              ))}
            </select>
          </label>
          {warning && (
            <p className="st-warn" role="alert" data-testid="new-filing-years-note">
              {warning}
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
