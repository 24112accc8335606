// Configuration read once at cold start; the rest of the code receives it, never process.env.

export type Config = {
  tableName: string;
  /** Set for DynamoDB Local or another endpoint; unset on AWS. */
  dynamodbEndpoint?: string;
  region: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
};

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const tableName = env.TABLE_NAME;
  if (!tableName) {
    throw new Error("TABLE_NAME is not set: it names the DynamoDB table that holds the records");
  }
  return {
    tableName,
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 256 * 1024),
  };
}
