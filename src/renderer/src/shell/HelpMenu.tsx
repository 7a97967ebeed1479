// 帮助 ▾ in the toolbar: 使用说明 (F1) and 关于决算通, as the desktop menu has them, so the browser host
// reaches them too.
import { useCallback, useRef, useState } from 'react';
import { showInfo } from './info-dialog';
import { useOutsideClose } from './use-outside-close';

export function HelpMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement | null>(null);
  useOutsideClose(ref, open, useCallback(() => setOpen(false), []));
  const item = (label: string, testId: string, kind: 'help' | 'about') => (
    <li>
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          setOpen(false);
          showInfo(kind);
        }}
      >
        {label}
      </button>
    </li>
  );
  return (
    <div className="dropdown" ref={ref}>
      <button type="button" data-testid="cmd-help" onClick={() => setOpen(!open)} aria-expanded={open}>
        帮助 ▾
      </button>
      {open && (
        <ul className="dropdown-menu" data-testid="help-menu">
          {item('使用说明 (F1)', 'cmd-help-guide', 'help')}
          {item('关于决算通', 'cmd-about', 'about')}
        </ul>
      )}
    </div>
  );
}
