// `npm start`: the API on localhost over an embedded DynamoDB Local (seeded), or over the
// DynamoDB that DYNAMODB_ENDPOINT or the AWS credentials and TABLE_NAME point at.
import type { Server } from "node:http";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { createApp } from "../shared/api/app";
import { DEV_AUTH_PATH } from "../shared/api/routes/dev-auth";
import { createDevIdentityProvider } from "../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../shared/auth/verify-token";
import { type LocalDatabase, openDatabase } from "./database";

const USAGE = `Usage: npm start -- [--port N] [--data DIR]
  --port N    port of the API (default: $PORT or 3000)
  --data DIR  keep the embedded database in DIR instead of in memory
Environment: DYNAMODB_ENDPOINT=url uses that DynamoDB instead of the embedded one;
TABLE_NAME=name without DYNAMODB_ENDPOINT uses that table on AWS with your AWS credentials.`;

type Options = { port: number; dataDir?: string };

async function main() {
  const started = performance.now();
  const options = parseOptions();
  if (!options) return console.log(USAGE);
  const database = await openDatabase({ dataDir: options.dataDir });
  try {
    const { db, config, description } = database;
    // Locally, sign-in is the development identity provider's; its tokens are checked like Cognito's.
    const devIdentity = await createDevIdentityProvider(`http://localhost:${options.port}${DEV_AUTH_PATH}`);
    const verifyToken = createTokenVerifier(config.auth ?? devIdentity);
    const app = createApp({ db, config, verifyToken, devIdentity: config.auth ? undefined : devIdentity });
    const server = await listen(app.fetch, options.port);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Ready in ${seconds} s: http://localhost:${options.port} (API docs: /docs)`);
    console.log(`Data: ${description}.`);
    console.log(`Pages: open http://localhost:${options.port} and sign in as any user below.`);
    console.log(
      `API token: curl -X POST localhost:${options.port}${DEV_AUTH_PATH}/token -H 'content-type: application/json' -d '{"username":"manager"}'`,
    );
    console.log(`Users: ${devIdentity.users.map((user) => user.username).join(", ")}. Ctrl-C stops.`);
    stopOnSignal(server, database);
  } catch (error) {
    await database.close();
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

function stopOnSignal(server: Server, database: LocalDatabase) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
