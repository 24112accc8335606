// Validates XML against the IATI 2.03 schema with xmllint (Debian's libxml2-utils). The schema is
// the one published in the shared reference folder beside the repository (../shared in CI, as here).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

export const IATI_SCHEMA = resolve(
  import.meta.dirname,
  "../../../shared/reference/iati-2.03/iati-activities-schema.xsd",
);

export type SchemaCheck = { valid: boolean; output: string; command: string };

export async function validateIati(xml: string): Promise<SchemaCheck> {
  if (!existsSync(IATI_SCHEMA)) throw new Error(`the IATI 2.03 schema is not at ${IATI_SCHEMA}`);
  const dir = await mkdtemp(join(tmpdir(), "iati-"));
  const file = join(dir, "iati-activities.xml");
  await writeFile(file, xml);
  const args = ["--noout", "--schema", IATI_SCHEMA, file];
  try {
    const { stdout, stderr } = await promisify(execFile)("xmllint", args, { maxBuffer: 16 * 1024 * 1024 });
    return { valid: true, output: `${stdout}${stderr}`, command: `xmllint ${args.join(" ")}` };
  } catch (error) {
    const { stdout = "", stderr = "", code } = error as { stdout?: string; stderr?: string; code?: unknown };
    if (code === "ENOENT") throw new Error("xmllint is missing: apt-get install libxml2-utils");
    return { valid: false, output: `${stdout}${stderr}`, command: `xmllint ${args.join(" ")}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
