// Routes for activities: create (idempotent), read, replace, status changes, delete and lists.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  newActivity,
  replaceActivity,
  setActivityStatus,
} from "../../data/activities";
import { requestHash } from "../../data/idempotency";
import { ActivityInputSchema, ActivitySchema } from "../../domain/activity";
import { CountryCodeSchema, IdSchema, VersionSchema } from "../../domain/common";
import { ActivityStatusSchema, ThemeSchema } from "../../domain/vocabulary";
import type { AppEnv, Deps } from "../context";
import { ErrorSchema, validationHook } from "../errors";
import { PageQuerySchema, pageOf, VersionQuerySchema } from "../pagination";

const tags = ["Activities"];
const IdParamSchema = z.object({ id: IdSchema });
const ActivityReplaceSchema = ActivityInputSchema.safeExtend({ version: VersionSchema }).meta({
  id: "ActivityReplace",
});
const StatusChangeSchema = z
  .strictObject({ status: ActivityStatusSchema, version: VersionSchema })
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
  409: json(ErrorSchema, "Stale version: details.currentVersion is the version held now"),
};

export function activityRoutes({ db }: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "post",
      path: "/activities",
      tags,
      summary: "Log an activity",
      request: {
        headers: IdempotencyHeaderSchema,
        body: { content: { "application/json": { schema: ActivityInputSchema } }, required: true },
      },
      responses: {
        201: json(ActivitySchema, "Created; a replay of the same Idempotency-Key returns the first result"),
        400: errors[400],
        422: json(ErrorSchema, "The Idempotency-Key was used with another body"),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const key = c.req.valid("header")["idempotency-key"];
      const actor = c.get("actor");
      const claim = key && { scope: `activities#${actor.id}`, key, requestHash: requestHash(input) };
      const { activity, replayed } = await createActivity(db, newActivity(input, actor), claim || undefined);
      c.header("Location", `/activities/${activity.id}`);
      c.header("ETag", `"${activity.version}"`);
      if (replayed) c.header("Idempotent-Replayed", "true");
      return c.json(activity, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/activities",
      tags,
      summary: "List activities",
      description:
        "Filters follow the stored read patterns: year (and theme); country and year (and theme); " +
        "donor and year (and theme); mentor (and year, and theme).",
      request: { query: ListQuerySchema },
      responses: { 200: json(pageOf(ActivitySchema, "ActivityPage"), "One page of activities"), 400: errors[400] },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query");
      return c.json(await listActivities(db, filter, { limit, cursor }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/activities/{id}",
      tags,
      summary: "Read an activity",
      request: { params: IdParamSchema },
      responses: { 200: json(ActivitySchema, "The activity"), 404: errors[404] },
    }),
    async (c) => {
      const activity = await getActivity(db, c.req.valid("param").id);
      c.header("ETag", `"${activity.version}"`);
      return c.json(activity, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/activities/{id}",
      tags,
      summary: "Replace an activity",
      description: "Send every field and the version you read; a stale version answers 409.",
      request: {
        params: IdParamSchema,
        body: { content: { "application/json": { schema: ActivityReplaceSchema } }, required: true },
      },
      responses: { 200: json(ActivitySchema, "The new version"), ...errors },
    }),
    async (c) => {
      const { version, ...input } = c.req.valid("json");
      const activity = await replaceActivity(db, c.req.valid("param").id, input, version, c.get("actor"));
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
      request: {
        params: IdParamSchema,
        body: { content: { "application/json": { schema: StatusChangeSchema } }, required: true },
      },
      responses: { 200: json(ActivitySchema, "The new version"), ...errors },
    }),
    async (c) => {
      const { status, version } = c.req.valid("json");
      const activity = await setActivityStatus(db, c.req.valid("param").id, status, version, c.get("actor"));
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
      request: { params: IdParamSchema, query: VersionQuerySchema },
      responses: { 204: { description: "Deleted" }, ...errors },
    }),
    async (c) => {
      await deleteActivity(db, c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );

  return app;
}
