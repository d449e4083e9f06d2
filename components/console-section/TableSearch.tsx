import { Input } from 'antd';

/** The search box above a console table: its label is also its placeholder, so it is never unnamed. */
export function TableSearch({
  label,
  value,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (query: string) => void;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <Input
      type="search"
      className="hs-console-toolbar__search"
      aria-label={label}
      placeholder={label}
      value={value}
      data-testid={testId}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
