// The tracker's stack: the single table, the user pool, the API function and the HTTP API routing every
// request to it behind a JWT authorizer.
import { fileURLToPath } from "node:url";
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { HttpApi, HttpMethod, HttpNoneAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { INDEXES, KEY, TTL_ATTRIBUTE } from "../shared/data/table";
import { TrackerIdentity } from "./identity";
import { NodeFunction } from "./node-function";

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

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
    });
    for (const [indexName, index] of Object.entries(INDEXES)) {
      table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: stringKey(index.partition),
        sortKey: stringKey(index.sort),
        projectionType: ProjectionType.ALL,
      });
    }

    const identity = new TrackerIdentity(this, "Identity");

    const api = new NodeFunction(this, "Api", {
      entry: fileURLToPath(new URL("../functions/api.ts", import.meta.url)),
      description: "HTTP API of the cybercrime capacity-building tracker",
      // The app verifies the ID token itself too (shared/config.ts), against the issuer's JWKS.
      environment: { AUTH_ISSUER: identity.issuer, AUTH_AUDIENCE: identity.client.userPoolClientId },
    });
    api.bindTable(table);

    const integration = new HttpLambdaIntegration("Api", api.function);
    const httpApi = new HttpApi(this, "HttpApi", {
      description: "Cybercrime capacity-building tracker",
      // $default: every method and path goes to the Hono app, which owns routing and 404s.
      defaultIntegration: integration,
      // No request reaches the function without a valid token of the pool, issued to the app client.
      defaultAuthorizer: new HttpJwtAuthorizer("Jwt", identity.issuer, {
        identitySource: ["$request.header.Authorization"],
        jwtAudience: [identity.client.userPoolClientId],
      }),
    });
    // Except the health check, which stays public.
    httpApi.addRoutes({
      path: "/health",
      methods: [HttpMethod.GET],
      integration,
      authorizer: new HttpNoneAuthorizer(),
    });

    new CfnOutput(this, "ApiUrl", { value: httpApi.apiEndpoint });
    new CfnOutput(this, "TableName", { value: table.tableName });
    new CfnOutput(this, "UserPoolId", { value: identity.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: identity.client.userPoolClientId });
    new CfnOutput(this, "SignInUrl", { value: identity.domain.baseUrl(), description: "Hosted sign-in domain" });
    new CfnOutput(this, "AuthIssuer", { value: identity.issuer });
  }
}
