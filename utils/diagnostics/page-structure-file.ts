import type { PageStructureExport } from '../schemas/page-health';

/** "huashu-zhushou-page-structure-pinduoduo-2026-12-06.json": the client and the local date. */
export function pageStructureFileName(client: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `huashu-zhushou-page-structure-${client}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The file's text: the validated export, indented for whoever reads it to write selectors. */
export function pageStructureFileText(exported: PageStructureExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}
