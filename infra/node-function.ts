// One construct for every Lambda function: runtime, architecture, bundling, logs and table access.
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime } from "aws-cdk-lib/aws-lambda";
import { type BundlingOptions, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

/** The newest Node.js runtime this aws-cdk-lib offers; pinned, unlike NODEJS_LATEST, so a CDK upgrade never moves it. */
export const RUNTIME = Runtime.NODEJS_24_X;

/** How every function is bundled; infra/measure-cold-start.ts builds with these same options. */
export const BUNDLING = {
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  // The map only serves stack traces (--enable-source-maps below); without the sources it is a third the size.
  sourcesContent: false,
  // Prefer packages' ES module builds (the SDK's dist-es): a smaller bundle that loads faster.
  mainFields: ["module", "main"],
  // An ES module has no require(): a bundled CommonJS dependency asking for a Node built-in would fail at load.
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
  // SDK bundled: init ~25 ms faster (median) than importing the runtime's copy (npx tsx infra/measure-cold-start.ts).
  externalModules: [],
} satisfies BundlingOptions;

export type NodeFunctionProps = {
  /** Path of the entry file in functions/, exporting `handler`. */
  entry: string;
  description?: string;
  /** Defaults to 10 s; an HTTP API gives up on its integration after 30 s. */
  timeout?: Duration;
  /** Defaults to 1024 MB: Lambda gives CPU in proportion, which shortens cold starts. */
  memorySize?: number;
  environment?: Record<string, string>;
  /**
   * Files the code reads at run time, copied into the bundle: each folder (relative to the bundled
   * code) gets the files listed, given relative to the project's root (e.g. from node_modules).
   */
  copyFiles?: Record<string, string[]>;
};

export type TableAccess = "read" | "readWrite";

/** Bundling hooks that copy files into the bundle once esbuild has written it. */
function copyHooks(copyFiles: Record<string, string[]>): NonNullable<BundlingOptions["commandHooks"]> {
  const quote = (path: string) => `'${path.replaceAll("'", "'\\''")}'`;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) =>
      Object.entries(copyFiles).flatMap(([folder, files]) => [
        `mkdir -p ${quote(`${outputDir}/${folder}`)}`,
        `cp ${files.map((file) => quote(`${inputDir}/${file}`)).join(" ")} ${quote(`${outputDir}/${folder}/`)}`,
      ]),
  };
}

export class NodeFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, "Logs", {
      // Enough to investigate an incident; request logs may name people, so no longer.
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log actions apply to every log group.
    const role = new Role(this, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, "Function", {
      entry: props.entry,
      description: props.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 1024,
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      bundling: { ...BUNDLING, ...(props.copyFiles && { commandHooks: copyHooks(props.copyFiles) }) },
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
    });
  }

  /** Grants the function access to the table (and its indexes) and names it in TABLE_NAME, read by shared/config.ts. */
  bindTable(table: ITable, access: TableAccess = "readWrite"): void {
    if (access === "read") table.grantReadData(this.function);
    else table.grantReadWriteData(this.function);
    this.function.addEnvironment("TABLE_NAME", table.tableName);
  }
}
