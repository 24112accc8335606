// The tracker's stack: the single table, the user pool, the API function and the HTTP API routing every
// request to it, behind a JWT authorizer but for sign-in and the pages.
import { fileURLToPath } from "node:url";
import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { HttpApi, HttpMethod, HttpNoneAuthorizer, HttpRoute, HttpRouteKey } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
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
