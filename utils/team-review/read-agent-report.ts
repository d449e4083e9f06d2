import { z } from 'zod';
import { agentReportSchema, type AgentReport } from '../library/agent-report';

export type ReadReportResult = { ok: true; report: AgentReport } | { ok: false; reason: string };

/** One agent's report file as the lead picked it: JSON, then the report schema; never throws. */
export function readAgentReport(text: string): ReadReportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, reason: '不是 JSON 文件；请选择“导出我的报告”得到的 .json 文件 / not JSON; pick the .json file from “Export my report”' };
  }
  const parsed = agentReportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error).slice(0, 600) };
  return { ok: true, report: parsed.data };
}
