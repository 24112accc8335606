// Routes for activities: create (idempotent), read, replace, status changes, delete and lists.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { assertCanChangeActivities, assertCanCreate } from "../../auth/policy";
import {
  ActivityInputSchema,
  ActivitySchema,
  ActivityViewSchema,
  EchoedServerFieldsSchema,
  splitEchoed,
} from "../../domain/activity";
import { AuditEntrySchema } from "../../domain/audit";
import { CountryCodeSchema, IdSchema, LongTextSchema, VersionSchema } from "../../domain/common";
import { ActivityStatusSchema, ThemeSchema } from "../../domain/vocabulary";
import type { AppEnv, Deps } from "../../http/context";
import {
  activityHistory,
  correctActivity,
  listActivities,
  logActivity,
  moveActivity,
  removeActivity,
} from "../../use-cases/activities";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";
import { PageQuerySchema, pageOf, VersionQuerySchema } from "../pagination";

const tags = ["Activities"];
const IdParamSchema = z.object({ id: IdSchema });
const ActivityReplaceSchema = ActivityInputSchema.safeExtend({
  version: VersionSchema,
  ...EchoedServerFieldsSchema.shape,
}).meta({
  id: "ActivityReplace",
  description: "The activity as read, changed: the server's fields may stay in it as they were read",
});
const StatusChangeSchema = z
  .strictObject({
    status: ActivityStatusSchema,
    version: VersionSchema,
    comment: LongTextSchema.max(2000).optional().meta({ description: "Required when returning a record" }),
  })
  .meta({ id: "ActivityStatusChange" });
const ListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  theme: ThemeSchema.optional(),
  country: CountryCodeSchema.optional(),
  donor: IdSchema.optional(),
  mentor: IdSchema.optional(),
});
const IdempotencyHeaderSchema = z.object({
  "idempotency-key": z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/, "use printable ASCII without spaces")
    .optional()
    .meta({ description: "A retry with the same key returns the first result and writes nothing" }),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, "Invalid input: each field's path and what is wrong"),
  404: json(ErrorSchema, "No such activity"),
  403: json(ErrorSchema, "Donors; a mentor on another's record or a validated one; a mentor validating"),
  409: json(ErrorSchema, "Stale version: details.currentVersion is the version held now"),
};

/** A training as a mentor logs it: what a client may send as it is. */
const ACTIVITY_EXAMPLE = {
  kind: "training",
  theme: "cryptocurrency_darknet",
  title: "Cryptocurrency tracing",
  startDate: "2026-03-02",
  endDate: "2026-03-06",
  countries: ["KEN", "UGA"],
  donors: ["canada"],
  participants: {
    total: 24,
    qualifier: "exact",
    bySex: { women: 9, men: 15 },
    byProfession: { law_enforcement: 20, prosecutors: 4 },
  },
  narrative: { en: "{participants} investigators {countries:of} were trained in tracing cryptocurrency." },
};

export function activityRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "post",
      path: "/activities",
      tags,
      summary: "Log an activity",
      operationId: "createActivity",
      middleware: [gate(assertCanCreate)] as const,
      request: {
        headers: IdempotencyHeaderSchema,
        body: {
          content: { "application/json": { schema: ActivityInputSchema, example: ACTIVITY_EXAMPLE } },
          required: true,
        },
      },
      responses: {
        201: json(ActivitySchema, "Created; a replay of the same Idempotency-Key returns the first result"),
        400: errors[400],
        403: json(ErrorSchema, "Donors, and mentor accounts bound to no mentor record"),
        422: json(ErrorSchema, "The Idempotency-Key was used with another body"),
      },
    }),
    async (c) => {
      const key = c.req.valid("header")["idempotency-key"];
      const { activity: stored, replayed } = await logActivity(
        deps,
        c.get("identity"),
        c.req.valid("json"),
        key ? { key, onOtherBody: "refuse" } : undefined,
      );
      c.header("Location", `/activities/${stored.id}`);
      c.header("ETag", `"${stored.version}"`);
      if (replayed) c.header("Idempotent-Replayed", "true");
      return c.json(stored, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/activities",
      tags,
      summary: "List activities",
      operationId: "listActivities",
      description:
        "Filters follow the stored read patterns: year (and theme); country and year (and theme); " +
        "donor and year (and theme); mentor (and year, and theme).",
      request: { query: ListQuerySchema },
      responses: {
        200: json(pageOf(ActivityViewSchema, "ActivityPage"), "One page of activities"),
        400: errors[400],
        403: json(ErrorSchema, "A donor listing beyond its organisation"),
      },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query");
      return c.json(await listActivities(deps, c.get("identity"), filter, { limit, cursor }), 200);
    },
  );

  // Described here with its kin; served, without zod, by ./activity-read.ts (its group goes first).
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/activities/{id}",
      tags,
      summary: "Read an activity",
      operationId: "getActivity",
      request: { params: IdParamSchema },
      responses: {
        200: json(ActivityViewSchema, "The activity (without internal fields for donors)"),
        404: errors[404],
      },
    }),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/activities/{id}",
      tags,
      summary: "Replace an activity",
      operationId: "replaceActivity",
      middleware: [gate(assertCanChangeActivities)] as const,
      description:
        "Send every field and the version you read (the body GET returned, changed, will do: the server's " +
        "fields in it must hold the values read); a stale version answers 409.",
      request: {
        params: IdParamSchema,
        body: {
          content: {
            "application/json": { schema: ActivityReplaceSchema, example: { ...ACTIVITY_EXAMPLE, version: 1 } },
          },
          required: true,
        },
      },
      responses: { 200: json(ActivitySchema, "The new version"), ...errors },
    }),
    async (c) => {
      const { version, ...body } = c.req.valid("json");
      const { input, echoed } = splitEchoed(body);
      const activity = await correctActivity(deps, c.get("identity"), c.req.valid("param").id, {
        input,
        echoed,
        version,
      });
      c.header("ETag", `"${activity.version}"`);
      return c.json(activity, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/activities/{id}/status",
      tags,
      summary: "Submit, validate or return an activity",
      operationId: "changeActivityStatus",
      middleware: [gate(assertCanChangeActivities)] as const,
      request: {
        params: IdParamSchema,
        body: {
          content: {
            "application/json": {
              schema: StatusChangeSchema,
              examples: {
                submit: { summary: "A mentor submits a draft", value: { status: "submitted", version: 1 } },
                validate: { summary: "A manager validates it", value: { status: "validated", version: 2 } },
                return: {
                  summary: "A manager returns it with a comment",
                  value: { status: "draft", version: 2, comment: "Give the participants by sex." },
                },
              },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(ActivitySchema, "The new version"), ...errors },
    }),
    async (c) => {
      const activity = await moveActivity(deps, c.get("identity"), c.req.valid("param").id, c.req.valid("json"));
      c.header("ETag", `"${activity.version}"`);
      return c.json(activity, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/activities/{id}",
      tags,
      summary: "Delete an activity",
      operationId: "deleteActivity",
      middleware: [gate(assertCanChangeActivities)] as const,
      request: { params: IdParamSchema, query: VersionQuerySchema },
      responses: { 204: { description: "Deleted" }, ...errors },
    }),
    async (c) => {
      await removeActivity(deps, c.get("identity"), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/activities/{id}/history",
      tags,
      summary: "Who changed an activity, when, and how (managers and the activity's mentor)",
      operationId: "getActivityHistory",
      request: { params: IdParamSchema },
      responses: {
        200: json(z.object({ items: z.array(AuditEntrySchema) }).meta({ id: "History" }), "Oldest change first"),
        403: json(ErrorSchema, "Not the activity's mentor or a manager"),
        404: errors[404],
      },
    }),
    async (c) => {
      return c.json({ items: await activityHistory(deps, c.get("identity"), c.req.valid("param").id) }, 200);
    },
  );

  return app;
}
