// CRUD routes for a reference record type (mentors, donors, labs), generated from its schemas.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { actorOf } from "../../auth/identity";
import { assertCanManage, assertCanReadReference } from "../../auth/policy";
import type { Database } from "../../data/client";
import type { entityStore } from "../../data/entities";
import { IdSchema, VersionSchema } from "../../domain/common";
import type { AppEnv } from "../context";
import { ErrorSchema, validationHook } from "../errors";
import { PageQuerySchema, pageOf, VersionQuerySchema } from "../pagination";

type Store<Input extends object> = ReturnType<typeof entityStore<Input>>;

export type EntityRoutesOptions<Input extends object, Create extends z.ZodObject, Replace extends z.ZodObject> = {
  db: Database;
  store: Store<Input>;
  /** Plural path segment and OpenAPI tag ("mentors", "Mentors"). */
  path: string;
  tag: string;
  createSchema: Create;
  /** The body of a replacement, without the version (the id comes from the path). */
  replaceSchema: Replace;
  toInput: (id: string, body: z.infer<Replace>) => Input;
  recordSchema: z.ZodType;
  /** Extra list filters, turned into a sort-key prefix of the byEntity index. */
  listFilter?: { schema: z.ZodObject; prefix: (query: Record<string, unknown>) => string | undefined };
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export function entityRoutes<Input extends object, Create extends z.ZodObject, Replace extends z.ZodObject>(
  options: EntityRoutesOptions<Input, Create, Replace>,
) {
  const { db, store, path, tag, recordSchema } = options;
  const tags = [tag];
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const IdParamSchema = z.object({ id: IdSchema });
  const ReplaceBodySchema = options.replaceSchema.safeExtend({ version: VersionSchema });
  const ListQuerySchema = options.listFilter
    ? PageQuerySchema.extend(options.listFilter.schema.shape)
    : PageQuerySchema;
  const errors = {
    400: json(ErrorSchema, "Invalid input: each field's path and what is wrong"),
    404: json(ErrorSchema, "No such record"),
    409: json(ErrorSchema, "Stale version, an existing id, or a record other records cite"),
  };

  app.openapi(
    createRoute({
      method: "post",
      path: `/${path}`,
      tags,
      summary: `Create one of the ${path}`,
      request: {
        body: { content: { "application/json": { schema: options.createSchema as z.ZodObject } }, required: true },
      },
      responses: { 201: json(recordSchema, "Created"), 400: errors[400], 409: errors[409] },
    }),
    async (c) => {
      const identity = c.get("identity");
      assertCanManage(identity, tag);
      const record = await store.create(db, c.req.valid("json") as Input, actorOf(identity));
      c.header("Location", `/${path}/${record.id}`);
      c.header("ETag", `"${record.version}"`);
      return c.json(record, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `/${path}`,
      tags,
      summary: `List ${path}`,
      request: { query: ListQuerySchema },
      responses: { 200: json(pageOf(recordSchema, `${tag}Page`), `One page of ${path}`), 400: errors[400] },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query") as z.infer<typeof PageQuerySchema>;
      const prefix = options.listFilter?.prefix(filter);
      assertCanReadReference(c.get("identity"), tag);
      return c.json(await store.list(db, { limit, cursor }, prefix), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `/${path}/{id}`,
      tags,
      summary: `Read one of the ${path}`,
      request: { params: IdParamSchema },
      responses: { 200: json(recordSchema, "The record"), 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      assertCanReadReference(c.get("identity"), tag, path === "donors" ? id : undefined);
      const record = await store.get(db, id);
      c.header("ETag", `"${record.version}"`);
      return c.json(record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `/${path}/{id}`,
      tags,
      summary: `Replace one of the ${path}`,
      request: {
        params: IdParamSchema,
        body: { content: { "application/json": { schema: ReplaceBodySchema } }, required: true },
      },
      responses: { 200: json(recordSchema, "The new version"), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const identity = c.get("identity");
      assertCanManage(identity, tag);
      const { version, ...body } = c.req.valid("json") as { version: number } & z.infer<Replace>;
      const record = await store.replace(
        db,
        id,
        options.toInput(id, body as z.infer<Replace>),
        version,
        actorOf(identity),
      );
      c.header("ETag", `"${record.version}"`);
      return c.json(record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `/${path}/{id}`,
      tags,
      summary: `Delete one of the ${path}`,
      request: { params: IdParamSchema, query: VersionQuerySchema },
      responses: { 204: { description: "Deleted" }, ...errors },
    }),
    async (c) => {
      const identity = c.get("identity");
      assertCanManage(identity, tag);
      await store.remove(db, c.req.valid("param").id, c.req.valid("query").version, actorOf(identity));
      return c.body(null, 204);
    },
  );

  return app;
}
