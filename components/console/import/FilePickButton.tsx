import { useRef, type ReactNode } from 'react';
import { Button, type ButtonProps } from 'antd';

/**
 * A real button that opens the file dialog: Tab reaches it, Enter and Space press it. The native
 * input stays hidden (display: none keeps it out of the tab order) and keeps its test id.
 */
export function FilePickButton({
  accept,
  testId,
  onFile,
  children,
  ...button
}: {
  accept: string;
  testId: string;
  onFile: (file: File) => void;
  children: ReactNode;
} & Pick<ButtonProps, 'icon' | 'type' | 'disabled' | 'loading'>) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Choosing the same file again (after fixing it in Excel) must fire again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
