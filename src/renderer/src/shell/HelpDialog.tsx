// 使用说明 (F1): how a clerk prepares a filing and a reviewer checks it, in the order of the work, and the
// keyboard shortcuts. Words match the buttons and menus they name.
import { useEffect, useRef } from 'react';
import type { InfoDialog } from '../state/ui-store';
import { Modal } from './Modal';

const SHORTCUTS: [keys: string, what: string][] = [
  ['F1', '使用说明'],
  ['Ctrl+N', '新建'],
  ['Ctrl+O', '打开'],
  ['Ctrl+S', '保存'],
  ['Ctrl+Shift+S', '另存为'],
  ['Ctrl+Z', '撤销'],
  ['Ctrl+Y 或 Ctrl+Shift+Z', '恢复'],
  ['Enter / Tab', '确认录入并移到下一格（Enter 向下，Tab 向右）'],
  ['F2', '修改当前格（保留原有内容）'],
  ['Delete / Backspace', '清除选中的单元格（可撤销）'],
  ['Shift+方向键', '选择一块单元格'],
  ['Ctrl+C / Ctrl+V', '复制、粘贴一块单元格（与 Excel、WPS 互通）'],
  ['Esc', '取消当前格的修改；关闭对话框'],
];

const DESKTOP_SHORTCUTS: [keys: string, what: string][] = [
  ['Ctrl+I', '导入 Excel'],
  ['Ctrl+E', '导出 Excel'],
  ['Ctrl+P', '导出 PDF'],
  ['Ctrl+W', '关闭'],
  ['Ctrl+= / Ctrl+- / Ctrl+0', '放大、缩小、实际大小'],
  ['F11', '全屏'],
];

function KeyTable({ rows, testId }: { rows: [string, string][]; testId: string }) {
  return (
    <table className="help-keys" data-testid={testId}>
      <tbody>
        {rows.map(([keys, what]) => (
          <tr key={keys}>
            <td>
              <kbd>{keys}</kbd>
            </td>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HelpDialog({ dialog }: { dialog: InfoDialog }) {
  const closeRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <Modal title="使用说明" testId="help-dialog" className="info-page" onEscape={() => dialog.resolve(null)}>
      <div className="help-body">
        <h3>一、打开与新建</h3>
        <p>
          启动时打开内置示例（阳泉市大数据应用局 2022 年度），可直接试用。<b>新建</b>（Ctrl+N）按模板建立空白文件，填写部门名称并选择金额单位；
          <b>打开…</b>（Ctrl+O）打开已保存的 .jsgk 文件；<b>最近 ▾</b> 列出最近打开的文件和内置示例。已有 Excel 公开表的，可用
          <b>导入/导出 ▾ → 从 Excel 导入…</b> 读入。
        </p>
        <p>
          <b>保存</b>（Ctrl+S）写入 .jsgk 文件，并把上一版保留为同名的 .bak 文件。有未保存的修改时，程序定时写一份恢复副本（不覆盖您的文件）；程序意外关闭后再次启动，会提示恢复。
        </p>

        <h3>二、录入</h3>
        <p>
          左侧导航依次是概况、公开01表至公开10表、绩效自评、情况说明和审阅意见。在表中单击单元格直接输入金额，按 Enter 或 Tab 确认。带 ƒ 的灰色单元格（合计、小计等）由程序计算，不能录入。金额可写千分位逗号；底部状态栏可把金额单位切换为元或万元，显示和录入都按所选单位。
        </p>
        <p>
          按科目列示的表，用<b>添加科目</b>输入功能分类（或经济分类）编码或名称，如“2010501”或“行政运行”，选中后添加；添加“项”时，它所属的“类”和“款”自动出现。情况说明中的数字由表中数据生成，只需填写原因等文字和少量补充数据。
        </p>

        <h3>三、审核结果</h3>
        <p>
          每次修改后，程序自动按全部审核公式检查，不需要点“审核”。不符合的单元格在表中标出，右侧<b>审核结果</b>按表列出每一条，写明两边的数和差额；单击一条即跳到对应的单元格。<b>✖ 强制</b>是必须改正的错误；<b>⚠ 提示</b>是需要核实的情况，核实无误可以保留，但要写出错说明。底部状态栏显示强制和提示的条数，可隐藏或显示审核结果面板。
        </p>

        <h3>四、出错说明</h3>
        <p>
          对保留的提示，在审核结果中单击<b>填写出错说明…</b>，写明数字成立的原因（如“本年新增项目，上年无此支出”）。出错说明随文件保存，可撤销，审阅人打开文件时能看到；状态栏显示其中“已说明”的条数。强制错误不能用说明代替，必须改正。
        </p>

        <h3>五、导出</h3>
        <p>
          <b>导入/导出 ▾</b> 中：<b>导出 Excel（公开表格式）…</b> 按公开格式生成工作簿；<b>导出 PDF（公开文本）…</b> 生成含封面、目录、概况、十张表、情况说明和名词解释的公开文本；<b>打印预览</b> 在程序中按 PDF 的版式查看；<b>生成报送包…</b> 把 Excel、PDF、填报文件和审核报告放进一个文件夹。还有强制错误时不能生成报送包。
        </p>

        <h3>六、审阅</h3>
        <p>
          审阅人用<b>审阅…</b>以只读方式打开文件：只能查看数据、添加审阅意见，意见保存在文件的单独部分，不改动数据。单击单元格可对它添加意见；在审核结果中可对某条结果提意见。<b>审阅意见</b>页列出全部意见，并可打印审核报告、对比两个版本。<b>结束审阅</b>后以填报人身份重新打开文件。
        </p>

        <h3>七、快捷键</h3>
        <KeyTable rows={SHORTCUTS} testId="help-shortcuts" />
        <p className="muted">桌面版菜单另有：</p>
        <KeyTable rows={DESKTOP_SHORTCUTS} testId="help-desktop-shortcuts" />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" ref={closeRef} onClick={() => dialog.resolve(null)} data-testid="help-close">
          关闭
        </button>
      </div>
    </Modal>
  );
}
