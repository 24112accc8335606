// Starts DynamoDB Local once per test run, in memory, on a free port.
import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../local/dynamodb-local";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDbLocal();
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return () => dynamodb.stop();
}
