// The command line of the local commands: options parsed by node:util's parseArgs, `-h/--help`
// printing the usage (every option with its default, the environment read, examples) to standard
// output, and a wrong command line answered in one line on standard error with exit code 2.
import { type ParseArgsConfig, parseArgs } from "node:util";

type OptionConfig = NonNullable<ParseArgsConfig["options"]>[string];

/** An option as parseArgs takes it, with what the usage says of it. */
export type OptionSpec = OptionConfig & {
  description: string;
  /** The value's placeholder in the usage (`--year YYYY`); string options only. */
  value?: string;
  /** The default as the usage states it, where it is not `default` (e.g. "$PORT, else 3000"). */
  defaultText?: string;
  /** The command checks that it is given; the usage says so. */
  required?: boolean;
};

export type CommandSpec<O extends Record<string, OptionSpec>> = {
  /** How it is run: "npm run report --". */
  command: string;
  /** One sentence: what it does. */
  summary: string;
  options: O;
  /** Environment variables it reads, and what each does. */
  environment?: Readonly<Record<string, string>>;
  /** Command lines, each with what it does. */
  examples: readonly (readonly [string, string])[];
  /** The one argument the command takes besides its options (`FILE`), and what it is. */
  operand?: { name: string; description: string };
};

type ParsedValues<O extends Record<string, OptionSpec>> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>["values"];

/** A command line the command cannot run: said in one line, exit code 2. */
export class UsageError extends Error {}

export const EXIT_USAGE = 2;

/** An option's value that must be a whole number above 0 (a count, a size, a port), or a UsageError. */
export function wholeNumber(name: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--${name} must be a whole number above 0, not "${value}".`);
  return Number(value);
}

const HELP: OptionSpec = { type: "boolean", short: "h", description: "print this help and exit" };

/**
 * The options of the command line; prints the usage and exits 0 on -h/--help, and exits 2 with a
 * one-line message on an unknown option, a missing value or an argument the command does not take.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[] = process.argv.slice(2),
): ParsedValues<O> {
  return parseCommandLineWithOperand(spec, args).values;
}

/** As parseCommandLine, for a command that takes one operand (spec.operand): exit 2 without it. */
export function parseCommandLineWithOperand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[] = process.argv.slice(2),
): { values: ParsedValues<O>; operand: string } {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(
      ([name, { description, value, defaultText, required, ...config }]) => [name, config],
    ),
  );
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: spec.operand !== undefined,
    }));
  } catch (error) {
    return exitOnUsageError(new UsageError(firstSentence((error as Error).message)));
  }
  if (values.help) {
    process.stdout.write(usage(spec));
    process.exit(0);
  }
  if (spec.operand && positionals.length !== 1) {
    const given = positionals.length === 0 ? "missing" : `given ${positionals.length} times`;
    return exitOnUsageError(new UsageError(`${spec.operand.name} is ${given}: name one ${spec.operand.name}.`));
  }
  return { values: values as ParsedValues<O>, operand: positionals[0] ?? "" };
}

/** parseArgs' messages go on with advice about positionals; the first sentence says what is wrong. */
function firstSentence(message: string): string {
  const end = message.search(/\.\s/);
  const sentence = end === -1 ? message : message.slice(0, end + 1);
  return sentence.endsWith(".") ? sentence : `${sentence}.`;
}

const WIDTH = 100;

/** `text` in lines of at most WIDTH columns, the first after `lead`, the others indented as far. */
function wrap(lead: string, text: string): string {
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(" ")) {
    if (line.length + word.length + 1 > WIDTH && line.trim().length > 0 && line.length > lead.length) {
      lines.push(line);
      line = " ".repeat(lead.length);
    }
    line += line.length === lead.length || line.endsWith(" ") ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

export function exitOnUsageError(error: UsageError): never {
  process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
  process.exit(EXIT_USAGE);
}

/** The usage text: synopsis, options with their defaults, environment, examples. */
export function usage<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
  const entries = Object.entries({ ...spec.options, help: HELP });
  const flag = (name: string, option: OptionSpec) =>
    `${option.short ? `-${option.short}, ` : "    "}--${name}${option.type === "string" ? ` ${option.value ?? "VALUE"}` : ""}`;
  const width = Math.max(...entries.map(([name, option]) => flag(name, option).length));
  const defaultOf = (option: OptionSpec) => {
    if (option.defaultText) return option.defaultText;
    if (option.default !== undefined) return String(option.default);
    if (option.type === "boolean") return "off";
    return undefined;
  };
  const lines = [
    `Usage: ${spec.command}${spec.operand ? ` ${spec.operand.name}` : ""} [options]`,
    "",
    wrap("", spec.summary),
    "",
    ...(spec.operand ? [wrap(`  ${spec.operand.name}  `, spec.operand.description), ""] : []),
    "Options:",
    ...entries.map(([name, option]) => {
      const byDefault = name === "help" || option.required ? undefined : defaultOf(option);
      const note = option.required ? " (required)" : byDefault ? ` (default: ${byDefault})` : "";
      return wrap(`  ${flag(name, option).padEnd(width)}  `, `${option.description}${note}`);
    }),
  ];
  const environment = Object.entries(spec.environment ?? {});
  if (environment.length > 0) {
    const envWidth = Math.max(...environment.map(([name]) => name.length));
    lines.push("", "Environment:", ...environment.map(([name, text]) => wrap(`  ${name.padEnd(envWidth)}  `, text)));
  }
  lines.push("", "Examples:", ...spec.examples.flatMap(([command, text]) => [`  ${command}`, wrap("      ", text)]));
  return `${lines.join("\n")}\n`;
}

/** `--data DIR`, for every command that opens the local database. */
export const DATA_OPTION = {
  type: "string",
  value: "DIR",
  description: "use the embedded database kept in DIR",
  defaultText: "in memory",
} as const satisfies OptionSpec;

/** The year a `--year YYYY` names, or a usage error saying what was given. */
export function yearOption(value: string | undefined): number {
  if (value === undefined || !/^\d{4}$/.test(value)) {
    throw new UsageError(`--year is missing or not a year${value === undefined ? "" : `: "${value}"`}.`);
  }
  return Number(value);
}

/** The environment every command that opens the local database reads. */
export const DATABASE_ENVIRONMENT = {
  DYNAMODB_ENDPOINT:
    "use the DynamoDB at this URL instead of an embedded DynamoDB Local (table created and seeded if missing)",
  TABLE_NAME:
    "the table (default: cybercrime-tracker); without DYNAMODB_ENDPOINT, that table on AWS, with your AWS credentials",
  AWS_REGION: "the AWS region of TABLE_NAME",
};

/** Runs a command: a UsageError exits 2, any other error prints its message and exits 1. */
export function run(main: () => Promise<void>): void {
  main().catch((error: Error) => {
    if (error instanceof UsageError) exitOnUsageError(error);
    console.error(error.message);
    process.exit(1);
  });
}
