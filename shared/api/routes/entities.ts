// CRUD routes for a reference record type (mentors, donors, labs, published figures), generated
// from its schemas; what each does is its catalog's use case.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { Identity } from "../../auth/identity";
import { assertCanManage } from "../../auth/policy";
import { IdSchema, VersionSchema } from "../../domain/common";
import type { AppEnv, Deps } from "../../http/context";
import type { Catalog, CatalogFilter } from "../../use-cases/catalog";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";
import { PageQuerySchema, pageOf, VersionQuerySchema } from "../pagination";

export type EntityRoutesOptions<Input extends object, Create extends z.ZodObject, Replace extends z.ZodObject> = {
  deps: Deps;
  catalog: Catalog<Input>;
  /** Plural path segment and OpenAPI tag ("mentors", "Mentors"). */
  path: string;
  tag: string;
  createSchema: Create;
  /** The body of a replacement, without the version (the id comes from the path). */
  replaceSchema: Replace;
  toInput: (id: string, body: z.infer<Replace>) => Input;
  recordSchema: z.ZodType;
  /** A body a client may send to create one, shown in the API's description. */
  example: Record<string, unknown>;
  /** Extra list filters (the catalog knows how to read them). */
  listFilter?: z.ZodObject;
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export function entityRoutes<Input extends object, Create extends z.ZodObject, Replace extends z.ZodObject>(
  options: EntityRoutesOptions<Input, Create, Replace>,
) {
  const { deps, catalog, path, tag, recordSchema } = options;
  // Who may never change these records is refused before the body is read.
  const managers = () => gate((identity: Identity) => assertCanManage(identity, tag));
  const tags = [tag];
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const IdParamSchema = z.object({ id: IdSchema });
  const ReplaceBodySchema = options.replaceSchema.safeExtend({ version: VersionSchema });
  const ListQuerySchema = options.listFilter ? PageQuerySchema.extend(options.listFilter.shape) : PageQuerySchema;
  // createMentor, listMentors…: the names generated clients give the operations.
  const one = tag.replace(/s$/, "");
  const errors = {
    400: json(ErrorSchema, "Invalid input: each field's path and what is wrong"),
    403: json(ErrorSchema, `Not a manager: ${path} are managed by programme managers`),
    404: json(ErrorSchema, "No such record"),
    409: json(ErrorSchema, "Stale version, an existing id, or a record other records cite"),
  };

  app.openapi(
    createRoute({
      method: "post",
      path: `/${path}`,
      tags,
      summary: `Create one of the ${path}`,
      operationId: `create${one}`,
      middleware: [managers()] as const,
      request: {
        body: {
          content: { "application/json": { schema: options.createSchema as z.ZodObject, example: options.example } },
          required: true,
        },
      },
      responses: { 201: json(recordSchema, "Created"), 400: errors[400], 403: errors[403], 409: errors[409] },
    }),
    async (c) => {
      const record = await catalog.create(deps, c.get("identity"), c.req.valid("json") as Input);
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
      operationId: `list${tag}`,
      request: { query: ListQuerySchema },
      responses: {
        200: json(pageOf(recordSchema, `${tag}Page`), `One page of ${path}`),
        400: errors[400],
        403: json(ErrorSchema, "Donors (a donor reads its own donor record only)"),
      },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query") as z.infer<typeof PageQuerySchema> & CatalogFilter;
      return c.json(await catalog.list(deps, c.get("identity"), { limit, cursor }, filter), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `/${path}/{id}`,
      tags,
      summary: `Read one of the ${path}`,
      operationId: `get${one}`,
      request: { params: IdParamSchema },
      responses: {
        200: json(recordSchema, "The record"),
        403: json(ErrorSchema, "Donors (a donor reads its own donor record only)"),
        404: errors[404],
      },
    }),
    async (c) => {
      const record = await catalog.get(deps, c.get("identity"), c.req.valid("param").id);
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
      operationId: `replace${one}`,
      middleware: [managers()] as const,
      request: {
        params: IdParamSchema,
        body: {
          content: {
            "application/json": {
              schema: ReplaceBodySchema,
              example: {
                ...Object.fromEntries(
                  Object.entries(options.example).filter(([name]) => name in ReplaceBodySchema.shape),
                ),
                version: 1,
              },
            },
          },
          required: true,
        },
      },
      responses: { 200: json(recordSchema, "The new version"), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...body } = c.req.valid("json") as { version: number } & z.infer<Replace>;
      const input = options.toInput(id, body as z.infer<Replace>);
      const record = await catalog.replace(deps, c.get("identity"), id, input, version);
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
      operationId: `delete${one}`,
      middleware: [managers()] as const,
      request: { params: IdParamSchema, query: VersionQuerySchema },
      responses: { 204: { description: "Deleted" }, ...errors },
    }),
    async (c) => {
      await catalog.remove(deps, c.get("identity"), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );

  return app;
}
