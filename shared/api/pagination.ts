// Query parameters shared by every list: page size and the cursor of the next page.
import { z } from "zod";

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: "Items per page (1–100)" }),
  cursor: z.string().max(2048).optional().meta({ description: "nextCursor of the previous page" }),
});

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().optional().meta({ description: "Absent on the last page" }),
    })
    .openapi(name);
}

export const VersionQuerySchema = z.object({
  version: z.coerce.number().int().min(1).meta({ description: "Version the client last read" }),
});
