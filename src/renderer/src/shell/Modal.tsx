// The frame every in-app dialog shares: a backdrop, an ARIA dialog with its title, Escape to dismiss.
import type { ReactNode } from 'react';

export interface ModalProps {
  title: string;
  testId: string;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** Called on Escape; omit to ignore Escape. */
  onEscape?: () => void;
  children: ReactNode;
}

export function Modal({ title, testId, role = 'dialog', className, onEscape, children }: ModalProps) {
  return (
    <div className="modal-backdrop">
      <div
        className={className ? `modal ${className}` : 'modal'}
        role={role}
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={onEscape ? (e) => e.key === 'Escape' && onEscape() : undefined}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
