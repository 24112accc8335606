// The database a local command works on: an embedded DynamoDB Local (created and seeded), the
// DynamoDB at DYNAMODB_ENDPOINT (created and seeded if missing), or a deployed table on AWS.
import { seed2019 } from "../seed/2019";
import { devDonors } from "../seed/dev-fixtures";
import { loadSeed } from "../seed/load";
import { type Config, readConfig } from "../shared/config";
import { createDatabase, type Database } from "../shared/data/client";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, waitForCommits } from "./dynamodb-local";

export const DEFAULT_TABLE = "cybercrime-tracker";

export type LocalDatabase = {
  db: Database;
  config: Config;
  /** One line saying where the data is. */
  description: string;
  close: () => Promise<void>;
};

export async function openDatabase(
  options: {
    dataDir?: string;
    env?: NodeJS.ProcessEnv;
    seed?: boolean;
    /** Told of each step as it starts, for a progress display. */
    onStep?: (step: string) => void;
  } = {},
): Promise<LocalDatabase> {
  const env = options.env ?? process.env;
  const step = options.onStep ?? (() => undefined);
  const onAws = !env.DYNAMODB_ENDPOINT && Boolean(env.TABLE_NAME);
  if (!onAws && !env.DYNAMODB_ENDPOINT) step("starting DynamoDB Local");
  const embedded = onAws || env.DYNAMODB_ENDPOINT ? undefined : await startDynamoDbLocal({ dataDir: options.dataDir });
  const close = async () => embedded?.stop();
  try {
    const config = readConfig({
      ...env,
      TABLE_NAME: env.TABLE_NAME ?? DEFAULT_TABLE,
      ...(embedded && { DYNAMODB_ENDPOINT: embedded.endpoint, AWS_REGION: LOCAL_REGION }),
    });
    const db = createDatabase(config, embedded ? LOCAL_CREDENTIALS : undefined);
    // DynamoDB Local on disk (ours with --data, or one at DYNAMODB_ENDPOINT) answers a transaction
    // before committing it: each one is answered only once committed, so a crash loses nothing acknowledged.
    if (env.DYNAMODB_ENDPOINT || (embedded && options.dataDir)) waitForCommits(db.client);
    if (onAws) return { db, config, description: `table ${config.tableName} on AWS (${config.region})`, close };
    // A local database is made ready to use: the table exists and holds the 2019 records.
    step("creating the table");
    const created = await ensureTable(db.client, config.tableName);
    if (options.seed !== false) step("loading the seed");
    const seeded =
      options.seed === false
        ? undefined
        : await loadSeed(db, { ...seed2019, donors: [...seed2019.donors, ...devDonors] });
    const store = embedded
      ? `embedded DynamoDB Local (${options.dataDir ? `data in ${options.dataDir}` : "in memory"})`
      : config.dynamodbEndpoint;
    const description =
      `${store}, table ${config.tableName}${created ? " created" : ""}` +
      (seeded ? `, ${seeded.written} seed records loaded` : "");
    return { db, config, description, close };
  } catch (error) {
    await close();
    throw error;
  }
}
