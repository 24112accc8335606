// The tracker's stack: the single table, the API function and the HTTP API routing every request to it.
import { fileURLToPath } from "node:url";
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { INDEXES, KEY, TTL_ATTRIBUTE } from "../shared/data/table";
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

    const api = new NodeFunction(this, "Api", {
      entry: fileURLToPath(new URL("../functions/api.ts", import.meta.url)),
      description: "HTTP API of the cybercrime capacity-building tracker",
    });
    api.bindTable(table);

    const httpApi = new HttpApi(this, "HttpApi", {
      description: "Cybercrime capacity-building tracker",
      // $default: every method and path goes to the Hono app, which owns routing and 404s.
      defaultIntegration: new HttpLambdaIntegration("Api", api.function),
    });

    new CfnOutput(this, "ApiUrl", { value: httpApi.apiEndpoint });
    new CfnOutput(this, "TableName", { value: table.tableName });
  }
}
