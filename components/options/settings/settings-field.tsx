import type { ReactNode } from 'react';
import { Form } from 'antd';
import type { SettingsField } from '../../../utils/console-sections/settings-fields';

export type FieldErrors = Partial<Record<SettingsField, string>>;

/** A labelled field whose schema error shows under it and is read with it. */
export function Field({ id, label, error, children }: { id: string; label: ReactNode; error: string | undefined; children: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={id} validateStatus={error ? 'error' : undefined} help={error ? <span id={`${id}-error`}>{error}</span> : undefined}>
      {children}
    </Form.Item>
  );
}

/** The attributes that tie a control to its error message. */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

