// cdk-nag's AwsSolutions and Serverless rule packs over the stack as synthesized: no finding stands
// unless the stack acknowledges it, with its reason, next to the resource it concerns.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { TrackerStack } from "../../infra/stack";

type Report = {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
};

describe("cdk-nag", () => {
  it("finds nothing in the AwsSolutions and Serverless packs that the stack does not acknowledge with a reason", () => {
    const outdir = mkdtempSync(join(tmpdir(), "nag-"));
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
    expect(findings).toEqual([]);
    expect(report.pluginReports.map((plugin) => [plugin.pluginName, plugin.conclusion])).toEqual([
      ["AwsSolutions", "success"],
      ["Serverless", "success"],
    ]);
    expect(failure).toBeUndefined();
    // Synthesis bundles the function with esbuild: seconds on a loaded machine.
  }, 180_000);
});
