// `npm start`: the API on localhost over an embedded DynamoDB Local (seeded), or over the
// DynamoDB that DYNAMODB_ENDPOINT or the AWS credentials and TABLE_NAME point at.
import type { Server } from "node:http";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { seed2019 } from "../seed/2019";
import { loadSeed } from "../seed/load";
import { createApp } from "../shared/api/app";
import { readConfig } from "../shared/config";
import { createDatabase } from "../shared/data/client";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";

const USAGE = `Usage: npm start -- [--port N] [--data DIR]
  --port N    port of the API (default: $PORT or 3000)
  --data DIR  keep the embedded database in DIR instead of in memory
Environment: DYNAMODB_ENDPOINT=url uses that DynamoDB instead of the embedded one;
TABLE_NAME=name without DYNAMODB_ENDPOINT uses that table on AWS with your AWS credentials.`;

const DEFAULT_TABLE = "cybercrime-tracker";

type Options = { port: number; dataDir?: string };

async function main() {
  const started = performance.now();
  const options = parseOptions();
  if (!options) return console.log(USAGE);
  const onAws = !process.env.DYNAMODB_ENDPOINT && Boolean(process.env.TABLE_NAME);
  const embedded =
    onAws || process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoDbLocal({ dataDir: options.dataDir });
  try {
    const config = readConfig({
      ...process.env,
      TABLE_NAME: process.env.TABLE_NAME ?? DEFAULT_TABLE,
      ...(embedded && { DYNAMODB_ENDPOINT: embedded.endpoint, AWS_REGION: LOCAL_REGION }),
    });
    const db = createDatabase(config, embedded ? LOCAL_CREDENTIALS : undefined);
    let data = `table ${config.tableName} on AWS (${config.region})`;
    if (!onAws) {
      // A local database is made ready to use: the table exists and holds the 2019 records.
      const created = await ensureTable(db.client, config.tableName);
      const seeded = await loadSeed(db, seed2019);
      const store = embedded
        ? `embedded DynamoDB Local (${options.dataDir ? `data in ${options.dataDir}` : "in memory"})`
        : config.dynamodbEndpoint;
      data = `${store}, table ${config.tableName}${created ? " created" : ""}, ${seeded.written} seed records loaded`;
    }
    const server = await listen(createApp({ db, config }).fetch, options.port);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Ready in ${seconds} s: http://localhost:${options.port} (API docs: /docs)`);
    console.log(`Data: ${data}. Ctrl-C stops.`);
    stopOnSignal(server, embedded);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: { port: { type: "string" }, data: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return undefined;
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`The port must be a number from 1 to 65535, not "${values.port ?? process.env.PORT}"`);
  }
  return { port, dataDir: values.data };
}

async function listen(fetch: (request: Request) => Response | Promise<Response>, port: number): Promise<Server> {
  const server = serve({ fetch, port }) as Server;
  await new Promise<void>((ready, fail) => {
    server.once("listening", ready);
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(error.code === "EADDRINUSE" ? new Error(`Port ${port} is in use: choose another with --port`) : error),
    );
  });
  return server;
}

function stopOnSignal(server: Server, embedded: LocalDynamoDb | undefined) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
