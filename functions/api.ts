// Lambda entry point of the HTTP API: configuration, database and token check once per cold start.
import { handle } from "hono/aws-lambda";
import { createApp } from "../shared/app/app";
import { createTokenVerifier } from "../shared/auth/verify-token";
import { readConfig, requireAuth } from "../shared/config";
import { createDatabase } from "../shared/data/client";

const config = readConfig();

export const handler = handle(
  createApp({ db: createDatabase(config), config, verifyToken: createTokenVerifier(requireAuth(config)) }),
);
