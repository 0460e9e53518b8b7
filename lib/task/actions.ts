"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { organizationSettings } from "@/lib/organization/data";
import { createTask, setTaskRetired, updateTask } from "./mutations";
import { createTaskSchema, retireTaskSchema, updateTaskSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

export const createTaskAction = authorizedAction("createTaskAction", { permission: "reference.manage", input: createTaskSchema, target: organization }, async ({ input, context }) => {
  const outcome = await createTask(input, context);
  if (outcome.ok) revalidatePath("/admin/tasks");
  return outcome;
});

export const updateTaskAction = authorizedAction("updateTaskAction", { permission: "reference.manage", input: updateTaskSchema, target: organization }, async ({ input, context }) => {
  const outcome = await updateTask(input, context, (await organizationSettings()).timeZone);
  if (outcome.ok) revalidatePath("/admin/tasks");
  return outcome;
});

export const retireTaskAction = authorizedAction("retireTaskAction", { permission: "reference.manage", input: retireTaskSchema, target: organization }, async ({ input, context }) => {
  const outcome = await setTaskRetired(input, context, (await organizationSettings()).timeZone);
  if (outcome.ok) revalidatePath("/admin/tasks");
  return outcome;
});
