// The lines printed above every public table: title, 公开NN表, 部门名称, 年度, 金额单位.
import type { Filing } from '../../../shared/filing/types';
import type { TableDef } from '../../../shared/templates/types';

export function TitleBlock({ def, filing }: { def: TableDef; filing: Filing }) {
  return (
    <header className="title-block" data-testid="title-block">
      <h2 className="title-block-title">{def.title}</h2>
      <div className="title-block-meta">
        <span>
          {def.orgLabel ?? '部门名称'}：{filing.meta.department || '（未填写）'}
        </span>
        <span>{filing.meta.year}年度</span>
        <span className="title-block-right">
          <span className="title-block-number">{def.number}</span>
          <span data-testid="title-unit">
            {def.unitLabel ?? '金额单位'}：{filing.meta.unit}
          </span>
        </span>
      </div>
    </header>
  );
}
