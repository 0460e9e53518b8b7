import { z } from "zod";
import { TASK_CATEGORIES } from "@/lib/clearance/facts";
import { checkbox, idSchema, text } from "@/lib/validation/fields";
import { parseSearchTerms } from "./search";

/** "Also found by": other words for the task, one per comma or line. */
const searchTerms = z
  .string()
  .max(2000, "Keep the search terms under 2,000 characters.")
  .optional()
  .transform((v) => parseSearchTerms(v ?? ""))
  .refine((terms) => terms.length <= 30, "At most 30 search terms.")
  .refine((terms) => terms.every((t) => t.length <= 60), "Each search term is at most 60 characters.");

export const createTaskSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_.]{1,59}$/, "The code is letters, digits, _ and . (2 to 60), starting with a letter, e.g. ear_irrigation."),
  name: text("forms.label.name", { max: 120 }),
  category: z.enum(TASK_CATEGORIES, { error: "Choose a category." }),
  description: text("forms.label.description", { max: 1000 }),
  parentId: z.union([z.literal(""), idSchema]).optional().transform((v) => v || null),
  providerOnly: checkbox,
  searchTerms,
});

export const updateTaskSchema = z.object({
  taskId: idSchema,
  version: z.coerce.number().int().min(1),
  name: text("forms.label.name", { max: 120 }),
  description: text("forms.label.description", { max: 1000 }),
  searchTerms,
});

export const retireTaskSchema = z.object({ taskId: idSchema, version: z.coerce.number().int().min(1), retire: z.enum(["true", "false"]).transform((v) => v === "true") });
