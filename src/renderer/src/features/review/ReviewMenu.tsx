// The header's review controls: 以审阅方式打开…, and in 审阅模式 the read-only badge and 结束审阅
// (reopen the same file as the clerk).
import { useDoc, useStore } from '../../state/use-doc';
import type { FileActions } from '../../shell/file-actions';
import './review.css';

export function ReviewBadge() {
  const doc = useDoc();
  if (!doc.review) return null;
  return (
    <span className="badge rv-badge" data-testid="review-badge" title="审阅人只能查看数据、添加审阅意见；意见保存在文件的单独部分，不改动数据。">
      审阅模式：只读
    </span>
  );
}

export function ReviewMenu({ files }: { files: FileActions }) {
  const doc = useDoc();
  const store = useStore();
  const open = doc.filing?.review.filter((n) => !n.resolved).length ?? 0;
  return (
    <>
      <button type="button" onClick={() => void files.openForReview()} data-testid="cmd-review-open" title="以审阅人身份只读打开一个文件，可添加审阅意见">
        审阅…
      </button>
      {doc.review && doc.path && (
        <button
          type="button"
          data-testid="cmd-review-end"
          title="结束审阅，以填报人身份重新打开此文件"
          onClick={() => {
            const path = store.get().path;
            if (path) void files.openPath(path);
          }}
        >
          结束审阅
        </button>
      )}
      {open > 0 && (
        <button type="button" className="link rv-open-count" onClick={() => store.setView('review')} data-testid="review-open-count" title="查看审阅意见">
          审阅意见 {open} 条未解决
        </button>
      )}
    </>
  );
}
