// The report model as pretty JSON: the format other tools (and the other renderers' tests) read.
import type { ReportModel } from "../model";

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
