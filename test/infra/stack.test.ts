import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { RUNTIME } from "../../infra/node-function";
import { TrackerStack } from "../../infra/stack";
import { INDEXES, KEY, TTL_ATTRIBUTE } from "../../shared/data/table";

// Synthesized once, with the real esbuild bundling of functions/api.ts: the template that is deployed.
const template = Template.fromStack(new TrackerStack(new App(), "Test"));

const tableId = logicalId("AWS::DynamoDB::Table");
const functionId = logicalId("AWS::Lambda::Function");

function logicalId(type: string): string {
  const [id, ...others] = Object.keys(template.findResources(type));
  if (id === undefined || others.length > 0) throw new Error(`expected exactly one ${type}`);
  return id;
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

function policyStatements(): Statement[] {
  return Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
  );
}

describe("TrackerStack", () => {
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

    it("has the three indexes of table.ts with their keys and every attribute projected", () => {
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

    it("logs to its own log group, kept for 30 days", () => {
      const [logGroupId] = Object.keys(
        template.findResources("AWS::Logs::LogGroup", { Properties: { RetentionInDays: 30 } }),
      );
      expect(logGroupId).toBeDefined();
      template.hasResourceProperties("AWS::Lambda::Function", { LoggingConfig: { LogGroup: { Ref: logGroupId } } });
    });
  });

  describe("permissions", () => {
    it("lets the function read and write the table and its indexes, nothing else in DynamoDB", () => {
      const tableArn = { "Fn::GetAtt": [tableId, "Arn"] };
      const indexArns = { "Fn::Join": ["", [tableArn, "/index/*"]] };
      const dynamodb = policyStatements().filter((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:")));
      expect(dynamodb.length).toBeGreaterThan(0);
      for (const statement of dynamodb) expect(statement.Resource).toEqual([tableArn, indexArns]);
      const actions = dynamodb.flatMap((s) => [s.Action].flat());
      expect(actions).toEqual(
        expect.arrayContaining([
          "dynamodb:GetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
        ]),
      );
      expect(actions).not.toEqual(expect.arrayContaining(["dynamodb:DeleteTable"]));
    });

    it("attaches no managed policy to the function's role", () => {
      template.hasResourceProperties("AWS::IAM::Role", {
        AssumeRolePolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Principal: { Service: "lambda.amazonaws.com" } })],
        }),
        ManagedPolicyArns: Match.absent(),
      });
    });

    it("grants no action or resource '*' in any policy", () => {
      const statements = policyStatements();
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect([statement.Action].flat()).not.toContain("*");
        expect([statement.Resource].flat()).not.toContain("*");
        expect(statement.Effect).toBe("Allow");
      }
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
      template.resourceCountIs("AWS::ApiGatewayV2::Route", 1);
      template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
        RouteKey: "$default",
        Target: { "Fn::Join": ["", ["integrations/", { Ref: integrationId }]] },
      });
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
  });
});
