// Routes of the development identity provider: its keys, its users, and tokens for them.
// Mounted by the local server only; the Lambda entry point never creates the provider.
import { Hono } from "hono";
import { z } from "zod";
import { type DevIdentityProvider, TOKEN_LIFETIME_SECONDS } from "../../auth/dev-identity-provider";
import { ValidationError } from "../../domain/errors";
import { fieldIssues } from "../../domain/field-issues";
import type { AppEnv } from "../../http/context";
import { DEV_AUTH_PATH } from "../paths";

const TokenRequestSchema = z.strictObject({ username: z.string().min(1) });

export function devAuthRoutes(provider: DevIdentityProvider) {
  const app = new Hono<AppEnv>().basePath(DEV_AUTH_PATH);
  app.get("/.well-known/jwks.json", (c) => c.json(provider.jwks));
  app.get("/users", (c) => c.json({ items: provider.users }));
  app.post("/token", async (c) => {
    const parsed = TokenRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
    const token = await provider.issue(parsed.data.username);
    return c.json({ id_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS });
  });
  return app;
}
