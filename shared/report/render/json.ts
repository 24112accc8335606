// The report model as JSON: the format other tools (and the other renderers' tests) read. Not
// indented: a year of thousands of paragraphs is half the size and written faster.
import { JsonStreamStringify } from "json-stream-stringify";
import type { ReportModel } from "../model";

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model)}\n`;
}

/**
 * The same as UTF-8 bytes, encoded a chunk at a time as it is written: a year of 100 000
 * activities is about 40 MB of JSON, never held as one string as well as its bytes.
 */
export async function jsonBytes(model: ReportModel): Promise<Buffer<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of new JsonStreamStringify(model)) chunks.push(Buffer.from(chunk as string, "utf8"));
  chunks.push(Buffer.from("\n"));
  return Buffer.concat(chunks);
}
