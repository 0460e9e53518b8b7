import { z } from "zod";
import { TASK_CATEGORIES } from "@/lib/clearance/facts";
import { say } from "@/lib/i18n/said";
import { checkbox, idSchema, text } from "@/lib/validation/fields";
import { parseSearchTerms } from "./search";

/** "Also found by": other words for the task, one per comma or line. */
const searchTerms = z
  .string()
  .max(2000, say("task.schema.searchTooLong"))
  .optional()
  .transform((v) => parseSearchTerms(v ?? ""))
  .refine((terms) => terms.length <= 30, say("task.schema.tooManyTerms"))
  .refine((terms) => terms.every((t) => t.length <= 60), say("task.schema.termTooLong"));

export const createTaskSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_.]{1,59}$/, say("task.schema.code")),
  name: text("forms.label.name", { max: 120 }),
  category: z.enum(TASK_CATEGORIES, { error: say("task.schema.category") }),
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
