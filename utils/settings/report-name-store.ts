import { defineLocalItem } from './local-item';
import { z } from 'zod';

/** The name an agent puts on the report for their lead; remembered so each week's report goes by the same name. */
export const reportNameSchema = z
  .string()
  .trim()
  .max(80, { error: '名字最多 80 个字，例如“小王”/ the name is at most 80 characters, e.g. "Wang"' });

const reportNameItem = defineLocalItem<unknown>('reportName', '');

export async function loadReportName(): Promise<string> {
  const parsed = reportNameSchema.safeParse(await reportNameItem.getValue());
  return parsed.success ? parsed.data : '';
}

export async function saveReportName(name: string): Promise<void> {
  await reportNameItem.setValue(reportNameSchema.parse(name));
}
