"use server";

import { revalidatePath } from "next/cache";
import { requestLocale } from "@/lib/i18n/request";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail } from "@/lib/errors/app-error";
import { getLocations } from "@/lib/location/data";
import { endAfter } from "@/lib/time/calendar";
import { versionEdit } from "@/lib/validation/fields";
import { saveArrangement } from "./mutations";
import { arrangementSchema } from "./schema";

export const saveArrangementAction = authorizedAction(
  "saveArrangementAction",
  { permission: "arrangement.manage", input: arrangementSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const [location] = await getLocations([input.locationId]);
    if (!location) return fail("NOT_FOUND");
    const outcome = await saveArrangement(
      {
        locationId: input.locationId,
        supervisorId: input.supervisorId,
        level: input.level,
        allMedicalAssistants: input.superviseeMode === "all",
        superviseeIds: input.superviseeMode === "all" ? [] : input.superviseeIds,
        allClinicalTasks: input.taskMode === "all_clinical",
        taskIds: input.taskMode === "all_clinical" ? [] : input.taskIds,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: endAfter(input.lastDay),
        windows: input.windows,
      },
      versionEdit(input),
      actor,
      context,
      location.timeZone,
      new Date(),
      await requestLocale(),
    );
    if (outcome.ok) revalidatePath(`/locations/${input.locationId}/supervision`);
    return outcome;
  },
);
