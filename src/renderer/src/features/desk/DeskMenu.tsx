// The header's desk controls: 打开文件夹… (choose a folder and check every filing in it) and 审阅台
// (back to the table after opening one of its filings).
import { useEffect } from 'react';
import type { FileActions } from '../../shell/file-actions';
import { dirName } from '../../shell/file-actions';
import { pickPath } from '../../shell/pick-path';
import { useDoc, useStore } from '../../state/use-doc';
import { desk, useDesk } from './desk-store';

const pickFolder = (files: FileActions, near: string | null) => pickPath(files, { mode: 'directory', title: '选择要审阅的文件夹', near });

export function DeskMenu({ files }: { files: FileActions }) {
  const d = useDesk();
  const doc = useDoc();
  const store = useStore();
  useEffect(() => {
    // A row opens its filing the way 审阅… does (read-only, notes may be added), then shows it.
    desk.setShell(
      async (path) => {
        if (await files.openPath(path, { review: true })) store.setView('overview');
      },
      () => pickPath(files, { mode: 'save', title: '汇总表保存为', ext: 'xlsx', near: desk.get().folder, defaultName: '审核汇总表.xlsx' }),
    );
  }, [files, store]);
  return (
    <>
      <button
        type="button"
        data-testid="cmd-desk-open"
        title="审阅一个文件夹中的全部文件（含子文件夹）"
        onClick={() =>
          void pickFolder(files, d.folder ?? (doc.path ? dirName(doc.path) : null)).then((folder) => {
            if (!folder) return;
            store.setView('desk');
            void desk.scan(files.host, folder);
          })
        }
      >
        打开文件夹…
      </button>
      {d.folder !== null && doc.view !== 'desk' && (
        <button type="button" onClick={() => store.setView('desk')} data-testid="cmd-desk-show" title="回到审阅台">
          审阅台
        </button>
      )}
    </>
  );
}
