// `npm start`: the API on this machine (127.0.0.1 unless told otherwise) over an embedded DynamoDB
// Local (seeded), or over the DynamoDB that DYNAMODB_ENDPOINT or the AWS credentials and TABLE_NAME
// point at.
import type { Server } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import { networkInterfaces } from "node:os";
import { serve } from "@hono/node-server";
import { createApp } from "../shared/app/app";
import { DATABASE_ENVIRONMENT, parseCommandLine, run, UsageError } from "./cli";
import { type LocalDatabase, openDatabase } from "./database";
import { chooseSignIn, describeSignIn, isLoopback, withoutSignIn } from "./sign-in";

const DEFAULT_HOST = "127.0.0.1";

const COMMAND = {
  command: "npm start --",
  summary:
    "Serves the API and the pages on this machine over an embedded DynamoDB Local, created and seeded with the 2019 records. " +
    "On a loopback address the development sign-in (/dev-auth) is on; on any other it is off unless --dev-auth is given.",
  options: {
    port: {
      type: "string",
      value: "N",
      description: "port of the server, 0 for a free one",
      defaultText: "$PORT, else 3000",
    },
    host: {
      type: "string",
      value: "ADDRESS",
      description: "address to listen on; 0.0.0.0 opens the server to other machines",
      defaultText: `$HOST, else ${DEFAULT_HOST}`,
    },
    "dev-auth": {
      type: "boolean",
      description:
        "keep the development sign-in on a non-loopback address: anyone who reaches the port can sign in as any user",
    },
    data: { type: "string", value: "DIR", description: "keep the embedded database in DIR", defaultText: "in memory" },
  },
  environment: {
    PORT: "port of the server, when --port is not given",
    HOST: "address to listen on, when --host is not given",
    ...DATABASE_ENVIRONMENT,
    AUTH_ISSUER: "with AUTH_AUDIENCE: accept that Cognito user pool's ID tokens instead of the development sign-in",
    AUTH_AUDIENCE: "the Cognito app client id the ID tokens are issued for",
    AUTH_SIGN_IN_DOMAIN: "the Cognito hosted sign-in the pages send visitors to",
    MAX_BODY_BYTES: "largest request body (default: 262144)",
  },
  examples: [
    ["npm start", "serves http://localhost:3000 on 127.0.0.1, database in memory"],
    ["npm start -- --port 8080 --data .data", "another port; the database kept in .data/ between runs"],
    ["HOST=0.0.0.0 npm start -- --dev-auth", "reachable from other machines, development sign-in included"],
  ],
} as const;

type Options = { port: number; host: string; devAuth: boolean; dataDir?: string };

function parseOptions(): Options {
  const values = parseCommandLine(COMMAND);
  const portText = values.port ?? process.env.PORT ?? "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new UsageError(`The port must be a number from 0 to 65535, not "${portText}".`);
  }
  const host = values.host ?? (process.env.HOST || DEFAULT_HOST);
  return { port, host, devAuth: values["dev-auth"] ?? false, dataDir: values.data };
}

async function main() {
  const started = performance.now();
  const options = parseOptions();
  const database = await openDatabase({ dataDir: options.dataDir });
  try {
    // The server listens first: the development issuer names the port, which port 0 only gives then.
    let fetchApp: ((request: Request) => Response | Promise<Response>) | undefined;
    const server = await listen(
      (request) => (fetchApp ? fetchApp(request) : new Response("Starting", { status: 503 })),
      options,
    );
    const { address, port } = server.address() as AddressInfo;
    const local = isLoopback(address);
    const signIn = await chooseSignIn(database.config, local, options.devAuth, port);
    const app = createApp({
      db: database.db,
      config: database.config,
      verifyToken: signIn.verifyToken,
      devIdentity: signIn.devIdentity,
    });
    fetchApp = signIn.kind === "none" ? withoutSignIn(app.fetch, port) : (request) => app.fetch(request);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const url = local ? `http://localhost:${port}` : `http://${urlHost(address)}:${port}`;
    console.log(`Ready in ${seconds} s: ${url} (API docs: /docs)`);
    if (!local) console.log(`Listening on ${address} port ${port}: ${reachableAt(address, port).join(", ")}.`);
    console.log(`Data: ${database.description}.`);
    describeSignIn(signIn, { address, port, local });
    stopOnSignal(server, database);
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Where other machines reach a server listening on `address`. */
function reachableAt(address: string, port: number): string[] {
  const wildcard = address === "0.0.0.0" || address === "::";
  if (!wildcard) return [`http://${urlHost(address)}:${port}`];
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && (address === "::" || entry.family === "IPv4"))
    .map((entry) => `http://${urlHost(entry?.address ?? "")}:${port}`);
  return [`http://localhost:${port} from here`, ...addresses];
}

function urlHost(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}

async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  { port, host }: { port: number; host: string },
): Promise<Server> {
  const server = serve({ fetch, port, hostname: host }) as Server;
  await new Promise<void>((ready, fail) => {
    if (server.listening) return ready();
    server.once("listening", ready);
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is in use: choose another with --port`)
          : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
            ? new Error(`Cannot listen on ${host}: it is not an address of this machine (--host, HOST)`)
            : error,
      ),
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

run(main);
