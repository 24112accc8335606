// cdk-nag's AwsSolutions and Serverless rule packs over the stack as synthesized: the findings that
// stand, and the ones the stack acknowledges (each with its reason, beside the resource).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { TrackerStack } from "../../infra/stack";

type Report = {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
};

export type NagResult = {
  /** "<severity> <rule> at <construct path>", one per finding that stands. */
  findings: string[];
  /** [pack, "success" | "failure"]. */
  conclusions: [string, string][];
  /** Rules the stack acknowledges, one per construct, with its reason. */
  acknowledged: { path: string; id: string; reason: string }[];
  /** What synthesis threw, if anything (cdk-nag makes it fail on a finding). */
  failure?: unknown;
};

/** Synthesizes the stack with both packs; bundles the function with esbuild, so seconds. */
export function runNag(): NagResult {
  const outdir = mkdtempSync(join(tmpdir(), "nag-"));
  try {
    const app = new App({ outdir });
    new TrackerStack(app, "Nag");
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    let failure: unknown;
    try {
      app.synth();
    } catch (error) {
      failure = error;
    }
    const report = JSON.parse(readFileSync(join(outdir, "validation-report.json"), "utf8")) as Report;
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((violation) =>
        violation.violatingConstructs.map(
          (construct) => `${violation.severity} ${violation.ruleName} at ${construct.constructPath}`,
        ),
      ),
    );
    const acknowledged = app.node.findAll().flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        // Each entry is { [rule id]: reason }.
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
        .map(([id, reason]) => ({ path: construct.node.path, id, reason })),
    );
    return {
      findings,
      conclusions: report.pluginReports.map((plugin) => [plugin.pluginName, plugin.conclusion]),
      acknowledged,
      ...(failure !== undefined && { failure }),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
