// The report model as JSON: the format other tools (and the other renderers' tests) read. Not
// indented: a year of thousands of paragraphs is half the size and written faster.
import type { ReportModel } from "../model";

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model)}\n`;
}
