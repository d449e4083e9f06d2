import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ConsoleProvider } from '../../../components/console/ConsoleProvider';

/** A section as the options page shows it: inside the console's antd locale and theme (zh-CN unless told). */
export function renderInConsole(ui: ReactNode) {
  return render(<ConsoleProvider>{ui}</ConsoleProvider>);
}
