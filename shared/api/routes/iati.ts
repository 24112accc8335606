// GET /exports/iati: the IATI 2.03 activity file of a year's validated activities, for a donor's
// systems (d-portal, the IATI Datastore): managers any donor's or the whole year's, a donor its own.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { assertCanAskForIati } from "../../auth/policy";
import { IdSchema } from "../../domain/common";
import type { AppEnv, Deps } from "../../http/context";
import { DEFAULT_REPORTING_ORG } from "../../iati/organisation";
import { iatiActivities } from "../../use-cases/iati";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";

const XML_TYPE = "application/xml; charset=utf-8";

const IatiQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ example: 2019 }),
  donor: IdSchema.optional().meta({
    description: "Only the activities this donor funds (a donor's own file, its default)",
    example: "canada",
  }),
});

const error = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

export function iatiRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: "get",
      path: "/exports/iati",
      tags: ["Exports"],
      summary: "The year's validated activities as an IATI 2.03 activity file (managers; a donor its own)",
      operationId: "exportIati",
      middleware: [gate(assertCanAskForIati)] as const,
      request: { query: IatiQuerySchema },
      responses: {
        200: {
          description: "One iati-activities file, valid against the IATI 2.03 schema, as an attachment",
          content: { "application/xml": { schema: z.string() } },
        },
        400: error("Invalid year or donor id"),
        403: error("Mentors"),
        404: error("No such donor, or another donor's"),
      },
    }),
    async (c) => {
      const { year, donor } = c.req.valid("query");
      const { donorId, ...selected } = await iatiActivities(deps, c.get("identity"), { year, donor });
      // xmlbuilder2 and its DOM are a sixth of the function's code: loaded on the first file asked for.
      const { iatiActivitiesFile } = await import("../../iati/activities-file");
      const body = iatiActivitiesFile({
        ...selected,
        reportingOrg: deps.config.iatiReportingOrg ?? DEFAULT_REPORTING_ORG,
        generatedAt: new Date(),
      });
      const name = `iati-activities-${year}${donorId ? `-${donorId}` : ""}.xml`;
      c.header("Content-Type", XML_TYPE);
      c.header("Content-Disposition", `attachment; filename="${name}"`);
      return c.body(body, 200);
    },
  );
  return app;
}
