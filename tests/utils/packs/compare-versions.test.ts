import { expect, it } from 'vitest';
import { compareVersions } from '../../../utils/packs/compare-versions';

it('orders versions number by number, not as text', () => {
  expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
  expect(compareVersions('2026.1.5', '2026.11.23')).toBe(-1);
  expect(compareVersions('1.2', '1.2.0')).toBe(0);
  expect(compareVersions('2', '10')).toBe(-1);
});
