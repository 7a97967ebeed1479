// Above every view while a built-in sample is open (Filing.sample, kept by 另存为): it is a published
// disclosure with its errors, not the clerk's filing. 另存为 keeps a copy to practise on; 新建 starts one's own.
import { sampleInfo } from '../../../../shared/sample/catalog';
import { useDoc } from '../../state/use-doc';
import type { FileActions } from '../../shell/file-actions';

export function SampleBanner({ files }: { files: FileActions }) {
  const doc = useDoc();
  const id = doc.filing?.sample;
  // The start page says what a sample is itself.
  if (!id || doc.view === 'start') return null;
  const info = sampleInfo(id);
  return (
    <div className="sample-banner" role="note" data-testid="sample-banner" title="示例是已公开的真实部门决算，原文中的错误保留未改，用来熟悉软件和审核公式。">
      <strong>这是示例文件</strong>（{info ? `${info.label}，` : ''}含原文错误），不是您的决算：
      <button type="button" className="link" onClick={() => void files.saveAs()} data-testid="sample-save-as">
        另存为
      </button>
      副本练习，或
      <button type="button" className="link" onClick={() => void files.newFiling()} data-testid="sample-new">
        新建
      </button>
      本单位的决算。
    </div>
  );
}
