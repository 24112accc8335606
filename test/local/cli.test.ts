import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { type CommandSpec, type OptionSpec, usage } from "../../local/cli";

const run = promisify(execFile);

/** Runs a command of local/ as its npm script does; resolves with its exit code and output. */
async function command(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", `local/${script}.ts`, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const COMMANDS = [
  { script: "start", npm: "npm start --", options: ["--port N", "--host ADDRESS", "--dev-auth", "--data DIR"] },
  { script: "report", npm: "npm run report --", options: ["--year YYYY", "--lang fr|en|es", "--format", "--out FILE"] },
  { script: "seed", npm: "npm run seed --", options: ["--data DIR"] },
  { script: "verify", npm: "npm run verify --", options: ["--year YYYY", "--repair", "--data DIR"] },
  { script: "bench-report", npm: "npm run bench:report --", options: ["--activities N"] },
  { script: "export-iati", npm: "npm run export:iati --", options: ["--year YYYY", "--donor ID", "--out FILE"] },
  { script: "import", npm: "npm run import -- FILE", options: ["FILE", "--commit", "--submit", "--lang fr|en"] },
  { script: "bench-import", npm: "npm run bench:import --", options: ["--rows N", "--rounds R"] },
  {
    script: "bench",
    npm: "npm run bench --",
    options: ["--activities N", "--report-activities N", "--runs N", "--only ROWS"],
  },
  {
    script: "bench-reliability",
    npm: "npm run bench:reliability --",
    options: ["--fuzz N", "--creates N", "--kill-after N", "--runs N", "--operations N", "--port N", "--only ROWS"],
  },
];

describe.each(COMMANDS)("local/$script.ts", ({ script, npm, options }) => {
  it("prints its usage, options, environment and examples to standard output on --help and -h, exit 0", async () => {
    const help = await command(script, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stderr).not.toMatch(/Usage/);
    expect(help.stdout).toMatch(new RegExp(`^Usage: ${npm.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\[options\\]`));
    for (const option of options) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain("-h, --help");
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toMatch(/\(default: /);
    expect((await command(script, ["-h"])).stdout).toBe(help.stdout);
  });

  it("refuses an unknown option in one line and points to --help, exit 2", async () => {
    const wrong = await command(script, ["--no-such-option"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toBe("Unknown option '--no-such-option'.\nRun with --help for usage.\n");
  });
});

describe("command lines", () => {
  it("refuses a missing value and a stray argument, exit 2", async () => {
    const missing = await command("report", ["--year"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("Option '--year <value>' argument missing.\nRun with --help for usage.\n");
    const stray = await command("seed", ["now"]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe("Unexpected argument 'now'.\nRun with --help for usage.\n");
  });

  it("refuses an import without its file, exit 2", async () => {
    const missing = await command("import", ["--commit"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("FILE is missing: name one FILE.\nRun with --help for usage.\n");
  });

  it("says what a wrong value is, exit 2, before starting anything", async () => {
    const year = await command("verify", ["--year", "last"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toBe('--year is missing or not a year: "last".\nRun with --help for usage.\n');
    const port = await command("start", ["--port", "http"]);
    expect(port.code).toBe(2);
    expect(port.stderr).toBe('The port must be a number from 0 to 65535, not "http".\nRun with --help for usage.\n');
  });

  it("refuses a count that is not a whole number above 0 alike in every benchmark, exit 2", async () => {
    const cases = [
      ["bench", "--runs", "0"],
      ["bench", "--activities", "1e5"],
      ["bench-reliability", "--creates", "2.5"],
      ["bench-reliability", "--port", "80a"],
    ] as const;
    const answers = await Promise.all(cases.map(([script, option, value]) => command(script, [option, value])));
    for (const [i, [, option, value]] of cases.entries()) {
      expect(answers[i]?.code).toBe(2);
      expect(answers[i]?.stderr).toBe(
        `${option} must be a whole number above 0, not "${value}".\nRun with --help for usage.\n`,
      );
    }
  }, 180_000);

  it("states each option's default, the environment and the examples", () => {
    const spec: CommandSpec<Record<string, OptionSpec>> = {
      command: "npm run thing --",
      summary: "Does a thing.",
      options: {
        size: { type: "string", value: "N", description: "how many", default: "10" },
        port: { type: "string", value: "N", description: "port", defaultText: "$PORT, else 3000" },
        loud: { type: "boolean", description: "say more" },
        year: { type: "string", value: "YYYY", description: "the year", required: true },
      },
      environment: { THING: "the thing to do" },
      examples: [["npm run thing -- --size 3", "three of them"]],
    };
    expect(usage(spec)).toBe(
      [
        "Usage: npm run thing -- [options]",
        "",
        "Does a thing.",
        "",
        "Options:",
        "      --size N     how many (default: 10)",
        "      --port N     port (default: $PORT, else 3000)",
        "      --loud       say more (default: off)",
        "      --year YYYY  the year (required)",
        "  -h, --help       print this help and exit",
        "",
        "Environment:",
        "  THING  the thing to do",
        "",
        "Examples:",
        "  npm run thing -- --size 3",
        "      three of them",
        "",
      ].join("\n"),
    );
  });
});
