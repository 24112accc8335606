// One construct for every Lambda function: runtime, architecture, bundling, logs and table access.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { CfnTable, ITable } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Code, Function as LambdaFunction, LoggingFormat, Tracing } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { buildFunctionSync, copyIntoBundle, RUNTIME } from "./bundle";

export { RUNTIME };

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

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
  /**
   * For a function invoked asynchronously (InvocationType Event): how often Lambda retries a failed
   * invocation, and why it needs no dead-letter queue. Without it, the function answers API Gateway.
   */
  asynchronous?: { retryAttempts: number; deadLetterReason: string };
};

export class NodeFunction extends Construct {
  readonly function: LambdaFunction;
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

    // Built by esbuild in this process (infra/bundle.ts): CDK's NodejsFunction writes one file
    // (--outfile), which cannot hold the chunks that keep rarely used code out of the cold start.
    const code = Code.fromAsset(ROOT, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        image: DockerImage.fromRegistry("dummy"),
        local: {
          tryBundle(outputDir) {
            buildFunctionSync(props.entry, outputDir);
            copyIntoBundle(ROOT, outputDir, props.copyFiles ?? {});
            return true;
          },
        },
      },
    });
    this.function = new LambdaFunction(this, "Function", {
      code,
      handler: "index.handler",
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
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
    });
    Validations.of(role).acknowledge({
      id: "AwsSolutions::AwsSolutions-IAM5[Resource::*]",
      reason: "X-Ray's PutTraceSegments and PutTelemetryRecords take no resource: AWS allows only *.",
    });
    if (props.asynchronous) {
      this.function.configureAsyncInvoke({ retryAttempts: props.asynchronous.retryAttempts });
      Validations.of(this.function.node.findChild("EventInvokeConfig")).acknowledge({
        id: "Serverless::Serverless-LambdaAsyncFailureDestination",
        reason: props.asynchronous.deadLetterReason,
      });
    }
    Validations.of(this.function).acknowledge({
      id: "Serverless::Serverless-LambdaDLQ",
      reason:
        props.asynchronous?.deadLetterReason ??
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
