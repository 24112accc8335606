// cdk-nag's AwsSolutions and Serverless rule packs over the stack as synthesized: no finding stands
// unless the stack acknowledges it, with its reason, next to the resource it concerns.
import { describe, expect, it } from "vitest";
import { runNag } from "../../local/reliability/nag";

describe("cdk-nag", () => {
  it("finds nothing in the AwsSolutions and Serverless packs that the stack does not acknowledge with a reason", () => {
    const { findings, conclusions, acknowledged, failure } = runNag();
    expect(findings).toEqual([]);
    expect(conclusions).toEqual([
      ["AwsSolutions", "success"],
      ["Serverless", "success"],
    ]);
    expect(failure).toBeUndefined();
    // Each acknowledgement says why, in words a reviewer can weigh.
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, reason } of acknowledged) expect(reason.length, id).toBeGreaterThan(30);
    // Synthesis bundles the function with esbuild: seconds on a loaded machine.
  }, 180_000);
});
