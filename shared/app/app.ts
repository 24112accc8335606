// The HTTP API: one Hono app, served by Lambda behind API Gateway and by the local Node server.
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { csrf } from "hono/csrf";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { pageRoutes } from "../pages/pages";
import { authenticate } from "./authenticate";
import type { AppEnv, Deps } from "./context";
import { docsPage, type OpenApiDocument } from "./docs-page";
import { errorResponse, validationHook } from "./errors";
import { activityRoutes } from "./routes/activities";
import { donorRoutes, labRoutes, mentorRoutes, publishedFigureRoutes } from "./routes/catalog";
import { devAuthRoutes } from "./routes/dev-auth";
import { exportRoutes } from "./routes/exports";
import { reportRoutes } from "./routes/reports";

export const OPENAPI_INFO = {
  title: "Cybercrime capacity-building tracker",
  version: "1.0.0",
  description:
    "Activities of UNODC's Global Programme on Cybercrime — trainings, assessments, forensic labs, " +
    "equipment, campaigns — recorded by mentors, validated by managers and reported to the Commission.",
};

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(requestId());
  // Mentors log activities from phones on slow links, and API Gateway's HTTP APIs do not compress:
  // pages, scripts and JSON shrink to a fifth or less. Spreadsheets and Word files already are zips.
  app.use(compress());
  app.use(secureHeaders());
  app.use(
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: (c) =>
        c.json(
          {
            error: "payload_too_large",
            message: `The request body is over the limit of ${deps.config.maxBodyBytes} bytes`,
          },
          413,
        ),
    }),
  );

  // Where a browser's cookie or form can act (sign-in, sign-out, the pages and their API), a
  // request must come from this origin. Bearer-token clients carry no ambient credentials.
  app.use("/auth/*", csrf());
  app.use("/app/*", csrf());
  app.use(authenticate(deps.verifyToken));

  app.get("/health", (c) => c.json({ status: "ok" }));
  app.route(
    "/",
    pageRoutes(deps, (request) => app.fetch(request)),
  );
  if (deps.devIdentity) app.route("/", devAuthRoutes(deps.devIdentity));
  app.route("/", activityRoutes(deps));
  app.route("/", mentorRoutes(deps));
  app.route("/", donorRoutes(deps));
  app.route("/", labRoutes(deps));
  app.route("/", publishedFigureRoutes(deps));
  app.route("/", reportRoutes(deps));
  app.route("/", exportRoutes(deps));

  app.doc31("/openapi.json", { openapi: "3.1.0", info: OPENAPI_INFO });
  let docs: ReturnType<typeof docsPage> | undefined;
  app.get("/docs", (c) => {
    // The document is built from the routes on the first request, then kept.
    docs ??= docsPage(app.getOpenAPI31Document({ openapi: "3.1.0", info: OPENAPI_INFO }) as OpenApiDocument);
    return c.html(docs);
  });

  app.notFound((c) => c.json({ error: "not_found", message: `No route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError(errorResponse);
  return app;
}
