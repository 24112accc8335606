// One construct for every Lambda function: runtime, architecture, bundling, logs and table access.
import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { CfnTable, ITable } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
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
  /**
   * Concurrent instances kept for this function, and its ceiling: a flood of requests cannot take
   * the account's whole concurrency (1 000 by default; an account whose limit is lower, as new ones
   * may have, must raise it before deploying). Defaults to 25.
   */
  reservedConcurrency?: number;
};

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
  readonly role: Role;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, "Logs", {
      // Enough to investigate an incident; request logs may name people, so no longer.
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log actions apply to every log group.
    const role = new Role(this, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    this.role = role;
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, "Function", {
      entry: props.entry,
      description: props.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 1024,
      reservedConcurrentExecutions: props.reservedConcurrency ?? 25,
      tracing: Tracing.ACTIVE,
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      bundling: { ...BUNDLING, ...(props.copyFiles && { commandHooks: copyHooks(props.copyFiles) }) },
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
    });
    Validations.of(role).acknowledge({
      id: "AwsSolutions::AwsSolutions-IAM5[Resource::*]",
      reason: "X-Ray's PutTraceSegments and PutTelemetryRecords take no resource: AWS allows only *.",
    });
    Validations.of(this.function).acknowledge({
      id: "Serverless::Serverless-LambdaDLQ",
      reason:
        "Invoked synchronously by API Gateway, which answers the client: a dead-letter queue applies only to asynchronous invocations.",
    });
  }

  /**
   * Grants the function the reads and writes the app makes (shared/data: Get, BatchGet and Query;
   * every write a transaction of Put, Update, Delete and ConditionCheck items, and an import's
   * BatchWrite of new items), and no others: no
   * Scan, no table management. An item whose partition begins with `denyChangesTo` (the audit
   * trail) may be created but never updated or deleted. Names the table in TABLE_NAME, read by
   * shared/config.ts.
   */
  bindTable(table: ITable, { denyChangesTo }: { denyChangesTo?: string } = {}): void {
    const indexes = `${table.tableArn}/index/*`;
    this.function.addToRolePolicy(
      new PolicyStatement({
        sid: "ReadRecords",
        actions: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"],
        resources: [table.tableArn, indexes],
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({
        sid: "WriteRecords",
        // BatchWriteItem: a spreadsheet import puts new records, links and audit entries in batches.
        actions: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
        resources: [table.tableArn],
      }),
    );
    if (denyChangesTo) {
      this.function.addToRolePolicy(
        new PolicyStatement({
          sid: "KeepAuditTrail",
          effect: Effect.DENY,
          actions: ["dynamodb:UpdateItem", "dynamodb:DeleteItem"],
          resources: [table.tableArn],
          conditions: { "ForAnyValue:StringLike": { "dynamodb:LeadingKeys": [`${denyChangesTo}*`] } },
        }),
      );
    }
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${Stack.of(table).getLogicalId(table.node.defaultChild as CfnTable)}.Arn>/index/*]`,
      reason: "Query on the table's indexes, whichever they are (shared/data/model.ts declares them); no other action.",
    });
    this.function.addEnvironment("TABLE_NAME", table.tableName);
  }
}
