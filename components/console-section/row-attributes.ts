import type { HTMLAttributes } from 'react';

/**
 * `data-*` attributes for a table row (antd's `onRow`): tests and the DOM's reader find a row by
 * its test id and read its key facts (a rule's uid and status) off it.
 */
export function rowAttributes(attributes: Record<`data-${string}`, string | undefined>): HTMLAttributes<HTMLElement> {
  return attributes as HTMLAttributes<HTMLElement>;
}
