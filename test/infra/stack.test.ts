import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { API_THROTTLE } from "../../infra/guard-rails";
import { CUSTOM_ATTRIBUTES } from "../../infra/identity";
import { RUNTIME } from "../../infra/node-function";
import { PUBLIC_ROUTES, TrackerStack } from "../../infra/stack";
import { ROLES } from "../../shared/auth/identity";
import { AUDIT_PREFIX, INDEXES, KEY, TTL_ATTRIBUTE } from "../../shared/data/table";
import { httpApiEvent, lambdaContext } from "../support/api-gateway-event";

// Synthesized once, with the real esbuild bundling of functions/api.ts: the template that is deployed.
const app = new App();
const template = Template.fromStack(new TrackerStack(app, "Test"));

const tableId = logicalId("AWS::DynamoDB::Table");
const functionId = functionLogicalId("HTTP API of");
const workerId = functionLogicalId("Runs the spreadsheet import jobs");
const bucketId = logicalId("AWS::S3::Bucket");
const userPoolId = logicalId("AWS::Cognito::UserPool");
const clientId = logicalId("AWS::Cognito::UserPoolClient");
const authorizerId = logicalId("AWS::ApiGatewayV2::Authorizer");
const apiId = logicalId("AWS::ApiGatewayV2::Api");
const publicRouteKeys = PUBLIC_ROUTES.map(([path, method]) => `${method} ${path}`);

const issuer = {
  "Fn::Join": ["", ["https://cognito-idp.", { Ref: "AWS::Region" }, ".amazonaws.com/", { Ref: userPoolId }]],
};

const signInUrl = {
  "Fn::Join": [
    "",
    [
      "https://",
      { Ref: logicalId("AWS::Cognito::UserPoolDomain") },
      ".auth.",
      { Ref: "AWS::Region" },
      ".amazoncognito.com",
    ],
  ],
};

function logicalId(type: string): string {
  const [id, ...others] = Object.keys(template.findResources(type));
  if (id === undefined || others.length > 0) throw new Error(`expected exactly one ${type}`);
  return id;
}

/** The function whose description begins so. */
function functionLogicalId(description: string): string {
  const ids = Object.entries(template.findResources("AWS::Lambda::Function"))
    .filter(([, resource]) => String(resource.Properties?.Description ?? "").startsWith(description))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected exactly one function described as "${description}…"`);
  return ids[0] as string;
}

/** The statements of the policies attached to a function's role. */
function statementsOf(id: string): Statement[] {
  const role = (
    template.findResources("AWS::Lambda::Function")[id] as { Properties: { Role: { "Fn::GetAtt": string[] } } }
  ).Properties.Role["Fn::GetAtt"][0];
  return Object.values(template.findResources("AWS::IAM::Policy"))
    .filter((policy) =>
      (policy as { Properties: { Roles: { Ref: string }[] } }).Properties.Roles.some((ref) => ref.Ref === role),
    )
    .flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
    );
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

function policyStatements(): Statement[] {
  return Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
  );
}

describe("TrackerStack", () => {
  describe("the API function's bundle", () => {
    const directory = app.synth().directory;
    const bundle = readdirSync(directory)
      .map((name) => join(directory, name))
      .find((path) => existsSync(join(path, "swagger-ui")));

    it("serves the documentation page's Swagger UI from its own files, without node_modules", async () => {
      expect(bundle).toBeDefined();
      const packaged = readFileSync(createRequire(import.meta.url).resolve("swagger-ui-dist/swagger-ui-bundle.js"));
      expect(readFileSync(join(bundle as string, "swagger-ui", "swagger-ui-bundle.js")).equals(packaged)).toBe(true);
      expect(existsSync(join(bundle as string, "node_modules"))).toBe(false);
      // What only some requests use is in chunks loaded on first use, beside the entry file.
      expect(
        readdirSync(join(bundle as string, "chunks")).filter((name) => name.endsWith(".mjs")).length,
      ).toBeGreaterThan(1);
      // The bundled handler itself, as Lambda loads it: its configuration from the environment.
      Object.assign(process.env, {
        TABLE_NAME: "bundle-test",
        AWS_REGION: "eu-west-1",
        AUTH_ISSUER: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_test",
        AUTH_AUDIENCE: "client",
      });
      const { handler } = await import(pathToFileURL(join(bundle as string, "index.mjs")).href);
      const answer = async (path: string) =>
        handler(httpApiEvent({ method: "GET", path, headers: { accept: "*/*" } }), lambdaContext);
      const page = await answer("/docs");
      expect(page.statusCode).toBe(200);
      const script = /src="(\/assets\/docs\/swagger-ui-bundle\.js[^"]*)"/.exec(page.body)?.[1] as string;
      const served = await answer(script.split("?")[0] as string);
      expect(served.statusCode).toBe(200);
      expect(Buffer.from(served.body, served.isBase64Encoded ? "base64" : "utf8").equals(packaged)).toBe(true);
    }, 240_000);
  });

  describe("table", () => {
    it("keys items by pk and sk, both strings", () => {
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        KeySchema: [
          { AttributeName: KEY.partition, KeyType: "HASH" },
          { AttributeName: KEY.sort, KeyType: "RANGE" },
        ],
      });
      const keys = [KEY, ...Object.values(INDEXES)].flatMap((k) => [k.partition, k.sort]);
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        AttributeDefinitions: Match.arrayWith(keys.map((name) => ({ AttributeName: name, AttributeType: "S" }))),
      });
    });

    it("has the four indexes of table.ts with their keys and every attribute projected", () => {
      expect(Object.keys(INDEXES)).toEqual(["byYear", "byMentor", "byEntity", "byStatus"]);
      const [table] = Object.values(template.findResources("AWS::DynamoDB::Table"));
      const indexes = (table as { Properties: { GlobalSecondaryIndexes: { IndexName: string }[] } }).Properties
        .GlobalSecondaryIndexes;
      expect(indexes.map((index) => index.IndexName)).toEqual(["byYear", "byMentor", "byEntity", "byStatus"]);
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        GlobalSecondaryIndexes: Object.entries(INDEXES).map(([indexName, index]) => ({
          IndexName: indexName,
          KeySchema: [
            { AttributeName: index.partition, KeyType: "HASH" },
            { AttributeName: index.sort, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      });
    });

    it("bills on demand, keeps point-in-time recovery and expires items by the TTL attribute", () => {
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      });
    });

    it("is retained when the stack is deleted or the table replaced", () => {
      template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    });

    it("cannot be deleted while deletion protection is on", () => {
      template.hasResourceProperties("AWS::DynamoDB::Table", { DeletionProtectionEnabled: true });
    });
  });

  describe("api function", () => {
    it("runs on the newest Node.js runtime, on arm64", () => {
      expect(RUNTIME.name).toBe("nodejs24.x");
      template.hasResourceProperties("AWS::Lambda::Function", {
        Runtime: RUNTIME.name,
        Architectures: ["arm64"],
        Handler: "index.handler",
      });
    });

    it("names the table in TABLE_NAME and enables source maps", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Environment: { Variables: { TABLE_NAME: { Ref: tableId }, NODE_OPTIONS: "--enable-source-maps" } },
      });
    });

    it("names the token issuer, the app client and the hosted sign-in in AUTH_ISSUER, AUTH_AUDIENCE and AUTH_SIGN_IN_DOMAIN", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Environment: {
          Variables: { AUTH_ISSUER: issuer, AUTH_AUDIENCE: { Ref: clientId }, AUTH_SIGN_IN_DOMAIN: signInUrl },
        },
      });
    });

    it("logs to its own log group, kept for 30 days", () => {
      const logGroups = Object.keys(
        template.findResources("AWS::Logs::LogGroup", { Properties: { RetentionInDays: 30 } }),
      );
      const { LoggingConfig } = (
        template.findResources("AWS::Lambda::Function")[functionId] as {
          Properties: { LoggingConfig: { LogGroup: { Ref: string } } };
        }
      ).Properties;
      expect(logGroups).toContain(LoggingConfig.LogGroup.Ref);
    });
  });

  describe("permissions", () => {
    it.each([
      ["API", functionId],
      ["import worker", workerId],
    ])(
      "lets the %s function make the reads and writes the app makes, on the table and its indexes, and no Scan",
      (_, id) => {
        const tableArn = { "Fn::GetAtt": [tableId, "Arn"] };
        const indexArns = { "Fn::Join": ["", [tableArn, "/index/*"]] };
        const dynamodb = statementsOf(id).filter((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:")));
        const allowed = dynamodb.filter((statement) => statement.Effect === "Allow");
        expect(allowed.map(({ Effect, Action, Resource }) => ({ Effect, Action, Resource }))).toEqual([
          {
            Effect: "Allow",
            Action: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"],
            Resource: [tableArn, indexArns],
          },
          {
            Effect: "Allow",
            Action: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
            Resource: tableArn,
          },
        ]);
        expect(dynamodb.flatMap((s) => [s.Action].flat())).not.toContain("dynamodb:Scan");
      },
    );

    it.each([
      ["API", functionId],
      ["import worker", workerId],
    ])("denies the %s function updating or deleting an audit entry, whatever else it may do", (_, id) => {
      const deny = statementsOf(id).filter((statement) => statement.Effect === "Deny");
      expect(deny).toEqual([
        expect.objectContaining({
          Action: ["dynamodb:UpdateItem", "dynamodb:DeleteItem"],
          Resource: { "Fn::GetAtt": [tableId, "Arn"] },
          Condition: { "ForAnyValue:StringLike": { "dynamodb:LeadingKeys": [`${AUDIT_PREFIX}*`] } },
        }),
      ]);
    });

    it("attaches no managed policy to the function's role", () => {
      template.hasResourceProperties("AWS::IAM::Role", {
        AssumeRolePolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Principal: { Service: "lambda.amazonaws.com" } })],
        }),
        ManagedPolicyArns: Match.absent(),
      });
    });

    it("grants no action '*', and resource '*' only to X-Ray's actions, which take no other", () => {
      const statements = policyStatements();
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect([statement.Action].flat()).not.toContain("*");
        if ([statement.Resource].flat().includes("*")) {
          expect([statement.Action].flat().every((action) => action.startsWith("xray:"))).toBe(true);
        }
      }
    });
  });

  describe("import jobs", () => {
    const bucketArn = { "Fn::GetAtt": [bucketId, "Arn"] };
    const objects = (name: string) => ({ "Fn::Join": ["", [bucketArn, `/imports/*/${name}`]] });
    const s3 = (id: string) =>
      statementsOf(id)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith("s3:")))
        .map(({ Effect, Action, Resource }) => ({ Effect, Action, Resource }));

    it("keeps uploads in a private, encrypted bucket reached only over TLS, which deletes them after a day", () => {
      template.hasResourceProperties("AWS::S3::Bucket", {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
        LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 1, Status: "Enabled" })] },
      });
      template.hasResourceProperties("AWS::S3::BucketPolicy", {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: "Deny",
              Action: "s3:*",
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            }),
          ]),
        },
      });
    });

    it("runs the worker for up to 15 minutes, retried twice when invoked asynchronously", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Description: Match.stringLikeRegexp("^Runs the spreadsheet import jobs"),
        Timeout: 900,
        Environment: {
          Variables: Match.objectLike({ IMPORT_BUCKET: { Ref: bucketId }, TABLE_NAME: { Ref: tableId } }),
        },
      });
      template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
        FunctionName: { Ref: workerId },
        MaximumRetryAttempts: 2,
      });
    });

    it("tells the API function the bucket and the worker", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Description: Match.stringLikeRegexp("^HTTP API of"),
        Environment: {
          Variables: Match.objectLike({ IMPORT_BUCKET: { Ref: bucketId }, IMPORT_WORKER: { Ref: workerId } }),
        },
      });
    });

    it("lets the API put uploads, read reports, keep large annual reports and invoke the worker, and nothing more of either", () => {
      expect(s3(functionId)).toEqual([
        { Effect: "Allow", Action: "s3:PutObject", Resource: objects("upload") },
        { Effect: "Allow", Action: "s3:GetObject", Resource: objects("report.json") },
        { Effect: "Allow", Action: "s3:ListBucket", Resource: bucketArn },
        // Put, and signed for the client to fetch (shared/use-cases/report-files.ts).
        {
          Effect: "Allow",
          Action: ["s3:PutObject", "s3:GetObject"],
          Resource: { "Fn::Join": ["", [bucketArn, "/reports/*"]] },
        },
      ]);
      const lambda = statementsOf(functionId).filter((statement) =>
        [statement.Action].flat().some((action) => action.startsWith("lambda:")),
      );
      expect(lambda.map(({ Action, Resource }) => ({ Action, Resource }))).toEqual([
        { Action: "lambda:InvokeFunction", Resource: { "Fn::GetAtt": [workerId, "Arn"] } },
      ]);
    });

    it("lets the worker read uploads and put reports, and invoke nothing", () => {
      expect(s3(workerId)).toEqual([
        { Effect: "Allow", Action: "s3:GetObject", Resource: objects("upload") },
        { Effect: "Allow", Action: "s3:PutObject", Resource: objects("report.json") },
        { Effect: "Allow", Action: "s3:ListBucket", Resource: bucketArn },
      ]);
      expect(statementsOf(workerId).flatMap((statement) => [statement.Action].flat())).not.toContain(
        "lambda:InvokeFunction",
      );
    });
  });

  describe("http api", () => {
    it("sends every method and path to the api function through a $default route", () => {
      const [integrationId] = Object.keys(
        template.findResources("AWS::ApiGatewayV2::Integration", {
          Properties: {
            IntegrationType: "AWS_PROXY",
            IntegrationUri: { "Fn::GetAtt": [functionId, "Arn"] },
            PayloadFormatVersion: "2.0",
          },
        }),
      );
      expect(integrationId).toBeDefined();
      // $default and the public routes, all to the same integration.
      template.resourceCountIs("AWS::ApiGatewayV2::Route", 1 + PUBLIC_ROUTES.length);
      template.resourceCountIs("AWS::ApiGatewayV2::Integration", 1);
      for (const routeKey of ["$default", ...publicRouteKeys]) {
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
          RouteKey: routeKey,
          Target: { "Fn::Join": ["", ["integrations/", { Ref: integrationId }]] },
        });
      }
      template.hasResourceProperties("AWS::ApiGatewayV2::Stage", { StageName: "$default", AutoDeploy: true });
    });

    it("lets API Gateway invoke the function", () => {
      template.hasResourceProperties("AWS::Lambda::Permission", {
        Action: "lambda:InvokeFunction",
        FunctionName: { "Fn::GetAtt": [functionId, "Arn"] },
        Principal: "apigateway.amazonaws.com",
      });
    });

    it("outputs the API URL and the table name", () => {
      template.hasOutput("ApiUrl", { Value: { "Fn::GetAtt": [Match.stringLikeRegexp("^HttpApi"), "ApiEndpoint"] } });
      template.hasOutput("TableName", { Value: { Ref: tableId } });
    });

    it("has a JWT authorizer accepting the pool's tokens issued to the app client, from the Authorization header", () => {
      template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
        AuthorizerType: "JWT",
        IdentitySource: ["$request.header.Authorization"],
        JwtConfiguration: { Issuer: issuer, Audience: [{ Ref: clientId }] },
      });
    });

    it("requires the JWT authorizer on every route but sign-in, the pages and their files", () => {
      const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map(
        (route) =>
          (route as { Properties: { RouteKey: string; AuthorizationType?: string; AuthorizerId?: unknown } })
            .Properties,
      );
      expect(routes.map((route) => route.RouteKey).sort()).toEqual(["$default", ...publicRouteKeys].sort());
      expect(publicRouteKeys).toEqual(
        expect.arrayContaining(["GET /health", "GET /sign-in", "ANY /auth/{proxy+}", "ANY /app/{proxy+}"]),
      );
      for (const route of routes) {
        if (route.RouteKey === "$default") {
          expect(route).toMatchObject({ AuthorizationType: "JWT", AuthorizerId: { Ref: authorizerId } });
        } else {
          expect(route.AuthorizationType).toBe("NONE");
          expect(route.AuthorizerId).toBeUndefined();
        }
      }
    });

    it("outputs the user pool, the app client, the hosted sign-in URL and the issuer", () => {
      template.hasOutput("UserPoolId", { Value: { Ref: userPoolId } });
      template.hasOutput("UserPoolClientId", { Value: { Ref: clientId } });
      template.hasOutput("SignInUrl", { Value: signInUrl });
      template.hasOutput("AuthIssuer", { Value: issuer });
    });
  });

  describe("user pool", () => {
    it("lets only managers and admins create users, who sign in with their e-mail", () => {
      template.hasResourceProperties("AWS::Cognito::UserPool", {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UsernameAttributes: ["email"],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ["email"],
      });
    });

    it("requires strong passwords and an authenticator app (TOTP, no SMS) for every user", () => {
      template.hasResourceProperties("AWS::Cognito::UserPool", {
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
          },
        },
        MfaConfiguration: "ON",
        EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
      });
    });

    it("recovers accounts by e-mail only", () => {
      template.hasResourceProperties("AWS::Cognito::UserPool", {
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
      });
    });

    it("has the mutable string attributes donorId and mentorId that bind a user to a record", () => {
      expect(CUSTOM_ATTRIBUTES).toEqual(["donorId", "mentorId"]);
      template.hasResourceProperties("AWS::Cognito::UserPool", {
        Schema: Match.arrayWith(
          CUSTOM_ATTRIBUTES.map((name) => ({ Name: name, AttributeDataType: "String", Mutable: true })),
        ),
      });
    });

    it("is retained, and protected from deletion, when the stack is deleted or the pool replaced", () => {
      template.hasResource("AWS::Cognito::UserPool", {
        DeletionPolicy: "Retain",
        UpdateReplacePolicy: "Retain",
        Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
      });
    });

    it("has one group per role", () => {
      expect([...ROLES].sort()).toEqual(["admin", "donor", "manager", "mentor"]);
      template.resourceCountIs("AWS::Cognito::UserPoolGroup", ROLES.length);
      for (const role of ROLES) {
        template.hasResourceProperties("AWS::Cognito::UserPoolGroup", {
          GroupName: role,
          UserPoolId: { Ref: userPoolId },
          Description: Match.stringLikeRegexp(".+"),
        });
      }
    });

    it("has a public app client: SRP sign-in and the authorization code grant, no secret", () => {
      template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
        UserPoolId: { Ref: userPoolId },
        GenerateSecret: false,
        ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ["code"],
        AllowedOAuthScopes: ["openid", "email", "profile"],
        CallbackURLs: [{ "Fn::Join": ["", [{ "Fn::GetAtt": [apiId, "ApiEndpoint"] }, "/auth/callback"]] }],
        SupportedIdentityProviders: ["COGNITO"],
        PreventUserExistenceErrors: "ENABLED",
      });
    });

    it("issues ID tokens for an hour and refresh tokens for 30 days", () => {
      template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
        IdTokenValidity: 60,
        RefreshTokenValidity: 30 * 24 * 60,
        TokenValidityUnits: Match.objectLike({ IdToken: "minutes", RefreshToken: "minutes" }),
      });
    });

    it("puts the bindings in the ID token but does not let users change them", () => {
      const custom = CUSTOM_ATTRIBUTES.map((name) => `custom:${name}`);
      template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
        ReadAttributes: Match.arrayWith(custom),
      });
      const [client] = Object.values(template.findResources("AWS::Cognito::UserPoolClient"));
      const writable = (client as { Properties: { WriteAttributes?: string[] } }).Properties.WriteAttributes;
      // Absent would mean every attribute is writable.
      expect(writable).toBeDefined();
      for (const attribute of [...custom, "email"]) expect(writable).not.toContain(attribute);
    });

    it("has a Cognito domain for the hosted sign-in, named after the stack", () => {
      template.hasResourceProperties("AWS::Cognito::UserPoolDomain", {
        Domain: "test",
        UserPoolId: { Ref: userPoolId },
      });
    });
  });

  describe("guard rails", () => {
    it("keeps 25 concurrent instances for the function, and traces it with X-Ray", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        ReservedConcurrentExecutions: 25,
        TracingConfig: { Mode: "Active" },
      });
    });

    it("throttles the API's $default stage and logs each request as JSON, without address or user agent", () => {
      const stage = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
      expect(stage).toHaveLength(1);
      const { Properties } = stage[0] as {
        Properties: {
          StageName: string;
          AutoDeploy: boolean;
          DefaultRouteSettings: { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
          AccessLogSettings: { DestinationArn: unknown; Format: string };
        };
      };
      expect(Properties.StageName).toBe("$default");
      expect(Properties.AutoDeploy).toBe(true);
      expect(Properties.DefaultRouteSettings).toEqual({
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      });
      const format = JSON.parse(Properties.AccessLogSettings.Format);
      expect(format).toMatchObject({
        requestId: "$context.requestId",
        status: "$context.status",
        routeKey: "$context.routeKey",
      });
      expect(Properties.AccessLogSettings.Format).not.toMatch(/sourceIp|userAgent|authorizer/);
    });

    it("alarms on API 5xx, function errors and throttles, and table throttles, to one SNS topic", () => {
      const [topicId] = Object.keys(template.findResources("AWS::SNS::Topic"));
      const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")) as {
        Properties: {
          AlarmActions: unknown[];
          OKActions: unknown[];
          MetricName?: string;
          Metrics?: { MetricStat?: { Metric: { MetricName: string } } }[];
        };
      }[];
      const measured = alarms.map(
        ({ Properties }) =>
          Properties.MetricName ??
          Properties.Metrics?.flatMap((m) => (m.MetricStat ? [m.MetricStat.Metric.MetricName] : [])).join("+"),
      );
      expect(measured.sort()).toEqual(["5xx", "Errors", "ReadThrottleEvents+WriteThrottleEvents", "Throttles"]);
      for (const { Properties } of alarms) {
        expect(Properties.AlarmActions).toEqual([{ Ref: topicId }]);
        expect(Properties.OKActions).toEqual([{ Ref: topicId }]);
      }
      template.hasOutput("AlarmTopicArn", { Value: { Ref: topicId } });
    });

    it("turns on Cognito's threat protection, blocking risky sign-ins", () => {
      template.hasResourceProperties("AWS::Cognito::UserPool", {
        UserPoolTier: "PLUS",
        UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
      });
    });
  });
});
