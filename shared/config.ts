// Configuration read once at cold start; the rest of the code receives it, never process.env.

export type Config = {
  tableName: string;
  /** Set for DynamoDB Local or another endpoint; unset on AWS. */
  dynamodbEndpoint?: string;
  region: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /**
   * Largest document answered in the response itself, in bytes (MAX_RESPONSE_BYTES); a larger one
   * is kept in the file store and the route answers with its address. DEFAULT_MAX_RESPONSE_BYTES
   * when unset.
   */
  maxResponseBytes?: number;
  /** Who issues the tokens the API accepts (Cognito on AWS); unset on the local server. */
  auth?: { issuer: string; audience: string; signInDomain?: string };
  /** The IATI organisation identifier the IATI file reports under; XM-DAC-41128 (UNODC) when unset. */
  iatiReportingOrg?: string;
  /**
   * On AWS: the bucket that keeps import files and reports, and the function that runs import jobs
   * (the API invokes it without waiting). Unset locally: a directory, and jobs run in the server.
   */
  imports?: { bucket: string; worker?: string };
};

/**
 * Lambda answers at most 6 MB (6 291 456 bytes), a Word file in base64 (a third more) and text in a
 * JSON string (its quotes and line breaks escaped): 4 MiB of document stays below it either way.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

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
    ...(env.MAX_RESPONSE_BYTES && { maxResponseBytes: Number(env.MAX_RESPONSE_BYTES) }),
    ...(env.IATI_REPORTING_ORG && { iatiReportingOrg: iatiOrganisation(env.IATI_REPORTING_ORG) }),
    ...(env.IMPORT_BUCKET && {
      imports: { bucket: env.IMPORT_BUCKET, ...(env.IMPORT_WORKER && { worker: env.IMPORT_WORKER }) },
    }),
    ...(env.AUTH_ISSUER &&
      env.AUTH_AUDIENCE && {
        auth: { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, signInDomain: env.AUTH_SIGN_IN_DOMAIN },
      }),
  };
}

/** An IATI organisation identifier: registration agency and number, e.g. XM-DAC-41128. */
function iatiOrganisation(value: string): string {
  if (!/^[A-Za-z0-9]+-[A-Za-z0-9-]+$/.test(value)) {
    throw new Error(`IATI_REPORTING_ORG is not an IATI organisation identifier (like XM-DAC-41128): "${value}"`);
  }
  return value;
}

/** The token issuer a deployed function must have. */
export function requireAuth(config: Config): NonNullable<Config["auth"]> {
  if (!config.auth) {
    throw new Error("AUTH_ISSUER and AUTH_AUDIENCE are not set: they name the Cognito user pool and app client");
  }
  return config.auth;
}
