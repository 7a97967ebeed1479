// A small box to write a note or a reply: 添加 commits, 取消 closes; empty text is refused with a reason.
import { useState } from 'react';

export function NoteComposer({
  label,
  placeholder,
  submitLabel,
  testId,
  onSubmit,
  onCancel,
}: {
  label: string;
  placeholder: string;
  submitLabel: string;
  testId: string;
  /** Returns an error message, or null when the note was added. */
  onSubmit(text: string): string | null;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (text.trim() === '') {
      setError('请先填写内容再提交。');
      return;
    }
    const err = onSubmit(text);
    setError(err);
    if (!err) setText('');
  };
  return (
    <div className="rv-composer" data-testid={testId} onClick={(e) => e.stopPropagation()}>
      <label>
        <span className="rv-composer-label">{label}</span>
        <textarea
          value={text}
          rows={2}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
          data-testid={`${testId}-text`}
        />
      </label>
      {error && (
        <p className="st-err" role="alert">
          {error}
        </p>
      )}
      <div className="rv-actions">
        <button type="button" onClick={submit} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            取消
          </button>
        )}
      </div>
    </div>
  );
}
