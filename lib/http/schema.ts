import { z } from "zod";

/**
 * RFC 9457 problem details, the body of every JSON error answer (`problem()` builds it). A zod schema
 * so that the OpenAPI document describes the errors from the same definition the type comes from.
 */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: "Always about:blank: the status and title say what went wrong.", example: "about:blank" }),
    title: z.string().meta({ description: "A short summary, the same for every answer with this status and cause.", example: "Invalid query" }),
    status: z.number().int().meta({ description: "The HTTP status of the answer.", example: 400 }),
    detail: z.string().optional().meta({ description: "What to do about it, in a sentence.", example: "Unknown id." }),
    errors: z
      .array(z.object({ field: z.string().meta({ example: "location" }), message: z.string().meta({ example: "Unknown id." }) }))
      .optional()
      .meta({ description: "For 400: each refused query field and what is wrong with it (the first problem per field)." }),
  })
  .meta({ id: "Problem", description: "Problem details (RFC 9457), served as application/problem+json." });
