// The tracker's stack: the single table, the user pool, the API function and the HTTP API routing every
// request to it, behind a JWT authorizer but for sign-in and the pages.
import { fileURLToPath } from "node:url";
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { HttpApi, HttpMethod, HttpNoneAuthorizer, HttpRoute, HttpRouteKey } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { BUNDLED_DOCS_DIR, DOCS_ASSETS, DOCS_PACKAGE } from "../shared/api/docs-assets";
import { AUDIT_PREFIX, INDEXES, KEY, TTL_ATTRIBUTE } from "../shared/data/table";
import { GuardRails } from "./guard-rails";
import { TrackerIdentity } from "./identity";
import { NodeFunction } from "./node-function";

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** Routes without the JWT authorizer: liveness, the API description, sign-in, the pages and their files. */
export const PUBLIC_ROUTES: [path: string, method: HttpMethod][] = [
  ["/health", HttpMethod.GET],
  ["/health/ready", HttpMethod.GET],
  ["/openapi.json", HttpMethod.GET],
  ["/docs", HttpMethod.GET],
  ["/", HttpMethod.GET],
  ["/sign-in", HttpMethod.GET],
  ["/auth/{proxy+}", HttpMethod.ANY],
  ["/assets/{proxy+}", HttpMethod.GET],
  ["/app", HttpMethod.GET],
  ["/app/{proxy+}", HttpMethod.ANY],
];

export class TrackerStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const table = new Table(this, "Table", {
      partitionKey: stringKey(KEY.partition),
      sortKey: stringKey(KEY.sort),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // The records are the programme's history: deleting the stack must not delete them.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const [indexName, index] of Object.entries(INDEXES)) {
      table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: stringKey(index.partition),
        sortKey: stringKey(index.sort),
        projectionType: ProjectionType.ALL,
      });
    }

    // Created first, without routes: the app client's callback URL is the API's own /auth/callback.
    // Its $default stage is GuardRails', with access logs and throttling.
    const httpApi = new HttpApi(this, "HttpApi", {
      description: "Cybercrime capacity-building tracker",
      createDefaultStage: false,
    });
    const identity = new TrackerIdentity(this, "Identity", {
      callbackUrls: [`${httpApi.apiEndpoint}/auth/callback`],
    });

    const api = new NodeFunction(this, "Api", {
      entry: fileURLToPath(new URL("../functions/api.ts", import.meta.url)),
      description: "HTTP API of the cybercrime capacity-building tracker",
      // The app verifies the ID token itself too (shared/config.ts), against the issuer's JWKS, and
      // sends the pages' visitors to the hosted sign-in.
      environment: {
        AUTH_ISSUER: identity.issuer,
        AUTH_AUDIENCE: identity.client.userPoolClientId,
        AUTH_SIGN_IN_DOMAIN: identity.domain.baseUrl(),
      },
      // The API's documentation page serves Swagger UI's files from the bundle: no CDN.
      copyFiles: {
        [BUNDLED_DOCS_DIR]: Object.keys(DOCS_ASSETS).map((name) => `node_modules/${DOCS_PACKAGE}/${name}`),
      },
    });
    api.bindTable(table, { denyChangesTo: AUDIT_PREFIX });

    // Import jobs: the API keeps the uploaded file in the bucket and invokes the worker without
    // waiting (a 10 000-row file takes longer than API Gateway's 29 s); the worker reads the file,
    // writes the rows and keeps the report beside it. Uploads and reports are gone after a day, as
    // are the annual reports too large for one response that the API keeps there.
    const imports = new Bucket(this, "Imports", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        { id: "ExpireImports", expiration: Duration.days(1), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // Only files of the last day, which their jobs' records no longer outlive: nothing to keep.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(imports).acknowledge({
      id: "AwsSolutions::AwsSolutions-S1",
      reason:
        "Holds only the uploads and reports of import jobs for a day, read and written by the two functions alone; " +
        "their logs and traces record each job.",
    });
    const worker = new NodeFunction(this, "ImportWorker", {
      entry: fileURLToPath(new URL("../functions/import-worker.ts", import.meta.url)),
      description: "Runs the spreadsheet import jobs of the cybercrime capacity-building tracker",
      // Lambda's longest: a 20 000-row file with its writes, on a throttled table, with room to spare.
      timeout: Duration.minutes(15),
      memorySize: 1769,
      reservedConcurrency: 5,
      asynchronous: {
        retryAttempts: 2,
        deadLetterReason:
          "Invoked asynchronously by the API for one import job, whose record says queued, running, done or failed: " +
          "a job that stops is shown as failed on its page after 16 minutes, and running it again writes nothing twice.",
      },
      environment: { IMPORT_BUCKET: imports.bucketName },
    });
    worker.bindTable(table, { denyChangesTo: AUDIT_PREFIX });
    // Each function its own object actions on its own keys (shared/use-cases/import-jobs.ts): the API
    // puts uploads and reads reports, the worker the other way round. ListBucket, on the bucket alone,
    // makes a missing object a 404 (a report expired) rather than a 403.
    const objects = (name: string) => imports.arnForObjects(`imports/*/${name}`);
    const allow = (fn: NodeFunction, sid: string, action: string, resource: string) => {
      fn.function.addToRolePolicy(new PolicyStatement({ sid, actions: [action], resources: [resource] }));
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${this.getLogicalId(imports.node.defaultChild as CfnBucket)}.Arn>/imports/*/${resource === objects("upload") ? "upload" : "report.json"}]`,
        reason: "Each import job's files are under its own id, made when the job starts: the key names every job's.",
      });
    };
    allow(api, "PutImportUploads", "s3:PutObject", objects("upload"));
    allow(api, "ReadImportReports", "s3:GetObject", objects("report.json"));
    allow(worker, "ReadImportUploads", "s3:GetObject", objects("upload"));
    allow(worker, "PutImportReports", "s3:PutObject", objects("report.json"));
    for (const fn of [api, worker]) {
      fn.function.addToRolePolicy(
        new PolicyStatement({ sid: "ListImports", actions: ["s3:ListBucket"], resources: [imports.bucketArn] }),
      );
    }
    // A report too large for one response (shared/use-cases/report-files.ts): the API puts it under
    // reports/<id>/ and signs a GetObject of it with its own role, which the presigned URL carries.
    const reports = imports.arnForObjects("reports/*");
    api.function.addToRolePolicy(
      new PolicyStatement({ sid: "KeepLargeReports", actions: ["s3:PutObject", "s3:GetObject"], resources: [reports] }),
    );
    Validations.of(api.role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${this.getLogicalId(imports.node.defaultChild as CfnBucket)}.Arn>/reports/*]`,
      reason: "Each kept report is under an id made when it is kept: the key names every one, for a day.",
    });
    // Only this one function, by its own ARN (grantInvoke would add its versions and aliases too).
    api.function.addToRolePolicy(
      new PolicyStatement({
        sid: "StartImportJobs",
        actions: ["lambda:InvokeFunction"],
        resources: [worker.function.functionArn],
      }),
    );
    api.function.addEnvironment("IMPORT_BUCKET", imports.bucketName);
    api.function.addEnvironment("IMPORT_WORKER", worker.function.functionName);
    const guardRails = new GuardRails(this, "GuardRails", { httpApi, function: api.function, table });

    const integration = new HttpLambdaIntegration("Api", api.function);
    // $default: every method and path goes to the Hono app, which owns routing and 404s. No request
    // reaches the function there without a valid token of the pool, issued to the app client.
    new HttpRoute(this, "DefaultRoute", {
      httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration,
      authorizer: new HttpJwtAuthorizer("Jwt", identity.issuer, {
        identitySource: ["$request.header.Authorization"],
        jwtAudience: [identity.client.userPoolClientId],
      }),
    });
    // Except what a browser opens before it has a token, and the pages, whose session is a cookie
    // API Gateway cannot read: the app verifies that token on every request under /app itself.
    for (const [path, method] of PUBLIC_ROUTES) {
      for (const route of httpApi.addRoutes({
        path,
        methods: [method],
        integration,
        authorizer: new HttpNoneAuthorizer(),
      })) {
        Validations.of(route).acknowledge({
          id: "AwsSolutions::AwsSolutions-APIG4",
          reason:
            "Public on purpose: liveness and readiness, the API description, sign-in, static files, and the pages, " +
            "whose session cookie the gateway cannot read; the app verifies the token itself on every request under /app.",
        });
      }
    }

    new CfnOutput(this, "ApiUrl", { value: httpApi.apiEndpoint });
    new CfnOutput(this, "TableName", { value: table.tableName });
    new CfnOutput(this, "UserPoolId", { value: identity.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: identity.client.userPoolClientId });
    new CfnOutput(this, "SignInUrl", { value: identity.domain.baseUrl(), description: "Hosted sign-in domain" });
    new CfnOutput(this, "AuthIssuer", { value: identity.issuer });
    new CfnOutput(this, "AlarmTopicArn", {
      value: guardRails.alarmTopic.topicArn,
      description: "Alarms on 5xx, function errors and throttles, table throttles: subscribe to it",
    });
  }
}
