import { useState, type KeyboardEvent } from 'react';

interface EditableCellProps {
  value: string;
  label: string;
  hint: string;
  disabled?: boolean;
  onCommit(value: string): void;
}

/**
 * A table cell edited in place: double-click (or Enter when focused) to edit, Enter or leaving the field
 * saves, Escape restores the old value.
 */
export function EditableCell({ value, label, hint, disabled, onCommit }: EditableCellProps) {
  const [editing, setEditing] = useState<string | null>(null);

  const finish = (save: boolean) => {
    if (editing !== null && save && editing.trim() !== value) onCommit(editing.trim());
    setEditing(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  if (editing !== null) {
    return (
      <input
        className="cell-input"
        aria-label={label}
        value={editing}
        autoFocus
        onChange={(e) => setEditing(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
        onClick={(e) => e.stopPropagation()}
      />
    );
  }
  return (
    <span
      className="cell-text editable"
      title={`${value}\n${hint}`}
      tabIndex={disabled ? undefined : -1}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (!disabled) setEditing(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !disabled) {
          e.stopPropagation();
          setEditing(value);
        }
      }}
    >
      {value}
    </span>
  );
}
