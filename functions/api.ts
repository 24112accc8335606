// Lambda entry point of the HTTP API: configuration and database once per cold start, routes in shared/api.
import { handle } from "hono/aws-lambda";
import { createApp } from "../shared/api/app";
import { readConfig } from "../shared/config";
import { createDatabase } from "../shared/data/client";

const config = readConfig();

export const handler = handle(createApp({ db: createDatabase(config), config }));
